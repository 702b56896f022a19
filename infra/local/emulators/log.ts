/**
 * An error as one JSON line on stderr, in the same shape as the product's logger
 * (functions/platform/logger.ts), so the local runner's output reads as one stream. The
 * emulators do not import that logger: infra code does not depend on functions/.
 */
export function logError(message: string, details: Record<string, unknown>, error?: unknown): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  const cause =
    error instanceof Error
      ? { errorName: error.name, errorMessage: error.message, stack: error.stack }
      : error === undefined
        ? {}
        : { errorValue: String(error) };
  process.stderr.write(`${JSON.stringify({ level: 'error', time: new Date().toISOString(), message, ...details, ...cause })}\n`);
}
