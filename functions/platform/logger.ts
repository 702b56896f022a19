import type { LogFields, Logger } from '#functions/services/ports/logger.ts';

/**
 * Structured JSON logs, one object per line, with the request id. Personal data and secrets
 * never go in: any field whose name looks sensitive is replaced before writing, so a careless
 * `log.info('x', { body })` cannot leak a password or a name.
 */
const SENSITIVE = /pass(word)?|token|secret|challenge|authorization|cookie|email|login|first.?name|last.?name|birth|phone|address/i;

type Level = 'debug' | 'info' | 'warn' | 'error';

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const clean: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    clean[key] = SENSITIVE.test(key) ? '[redacted]' : redact(field, depth + 1);
  }
  return clean;
}

const quiet = () => process.env.LOG_LEVEL === 'silent';

export function createLogger(base: LogFields = {}): Logger {
  const write = (level: Level, message: string, fields?: LogFields) => {
    if (quiet() || (level === 'debug' && process.env.LOG_LEVEL !== 'debug')) return;
    const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...base, ...(redact(fields ?? {}) as LogFields) });
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}
