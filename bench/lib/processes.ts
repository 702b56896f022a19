/** Process helpers for the benchmarks (Linux: they read /proc). Every wait is bounded. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';

export const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** A port free on 127.0.0.1 right now (the OS picks it; it is released before returning). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Spawns `node --import tsx <script>` directly (no npm/npx wrapper), so the child's pid is the
 * Node process that runs the server. Detached: it leads its own process group, which
 * `stopProcessGroup` can signal as a whole.
 */
export function spawnTsNode(script: string, options: { cwd: string; env?: NodeJS.ProcessEnv }): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
}

/** Parent pid of every process visible in /proc. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may itself contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we were listing: skip it.
    }
  }
  return parents;
}

/** The pid and all its descendants (children, grandchildren…), pid first. */
export function processTree(pid: number): number[] {
  const parents = parentsByPid();
  const tree = [pid];
  for (let index = 0; index < tree.length && index < 1000; index += 1) {
    for (const [child, parent] of parents) if (parent === tree[index] && !tree.includes(child)) tree.push(child);
  }
  return tree;
}

/** VmRSS of one process in KiB (NaN when it is gone). */
export function rssKib(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Command name of a process (the `Name:` line of /proc/<pid>/status). */
export function processName(pid: number): string {
  try {
    return /^Name:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '?';
  } catch {
    return '?';
  }
}

/** User + system CPU time of one process so far, in clock ticks (utime + stime of /proc/<pid>/stat). */
export function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid(1) … utime(11) stime(12).
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

/** Linux reports CPU times in USER_HZ ticks, 100 per second on every mainstream kernel. */
export const TICKS_PER_SECOND = 100;

/** True while some process of the group still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a child started by `spawnTsNode`: SIGTERM to the child (its own clean shutdown), up to
 * `graceMs` for it to exit, then up to 3 s for the rest of its process group (e.g. tsx's esbuild
 * service, which quits once its parent is gone); whatever is still there is SIGKILLed.
 * `clean`: the child exited on SIGTERM in time and nothing had to be killed.
 */
export async function stopProcessGroup(
  child: ChildProcess,
  graceMs = 15_000,
): Promise<{ clean: boolean; stopMs: number; exitCode: number | null; killed: boolean }> {
  const pid = child.pid;
  if (pid === undefined) return { clean: true, stopMs: 0, exitCode: child.exitCode, killed: false };
  const startedAt = performance.now();
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const inTime = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  const stopMs = performance.now() - startedAt;
  for (let wait = 0; wait < 150 && inTime && groupAlive(pid); wait += 1) await sleep(20);
  let killed = false;
  for (let attempt = 0; attempt < 50 && groupAlive(pid); attempt += 1) {
    killed = true;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await sleep(20);
  }
  child.stdin?.destroy();
  return { clean: inTime && !killed, stopMs, exitCode: child.exitCode, killed };
}

/** Status code of a GET on a fresh connection, or null when the connection failed / timed out. */
export function httpStatus(url: string, timeoutMs = 1000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? null));
      response.on('error', () => resolve(null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end();
  });
}

/** Collects a stream's lines and lets callers wait (bounded) for one that matches. */
export class LineWatcher {
  readonly lines: { at: number; text: string }[] = [];
  private waiters: { pattern: RegExp; resolve: (line: { at: number; text: string }) => void }[] = [];
  private buffer = '';

  constructor(stream: NodeJS.ReadableStream | null) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      this.buffer += chunk;
      let newline = this.buffer.indexOf('\n');
      while (newline >= 0) {
        this.push(this.buffer.slice(0, newline));
        this.buffer = this.buffer.slice(newline + 1);
        newline = this.buffer.indexOf('\n');
      }
    });
  }

  private push(text: string): void {
    const line = { at: performance.now(), text };
    this.lines.push(line);
    if (this.lines.length > 10_000) this.lines.shift();
    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.pattern.test(text)) return true;
      waiter.resolve(line);
      return false;
    });
  }

  /** The first line (already seen or to come) that matches, or null after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<{ at: number; text: string } | null> {
    const seen = this.lines.find((line) => pattern.test(line.text));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const waiter = { pattern, resolve: (line: { at: number; text: string } | null) => (clearTimeout(timer), resolve(line)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        resolve(null);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  tail(count = 20): string {
    return this.lines
      .slice(-count)
      .map((line) => line.text)
      .join('\n');
  }
}

/** Busy and total CPU time of the whole machine so far (first line of /proc/stat), in ticks. */
export function machineCpu(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already counted in user).
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Share of the whole machine (100 % = every core) that was busy between two `machineCpu()` readings. */
export function busyPercent(before: { busy: number; total: number }, after: { busy: number; total: number }): number {
  const total = after.total - before.total;
  return total > 0 ? ((after.busy - before.busy) / total) * 100 : Number.NaN;
}

/**
 * Waits until the machine is quiet (busy below `thresholdPercent` over a 1 s window), for at most
 * `maxWaitMs`: other work on a 2-core machine (tests, builds) would otherwise be measured too.
 */
export async function waitForQuietMachine(
  options: { thresholdPercent?: number; maxWaitMs?: number } = {},
): Promise<{ quiet: boolean; busyPercent: number; waitedMs: number }> {
  const threshold = options.thresholdPercent ?? 15;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const startedAt = performance.now();
  let busy = Number.NaN;
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const before = machineCpu();
    await sleep(1000);
    busy = busyPercent(before, machineCpu());
    if (busy < threshold) return { quiet: true, busyPercent: busy, waitedMs: performance.now() - startedAt };
    if (performance.now() - startedAt >= maxWaitMs) break;
  }
  return { quiet: false, busyPercent: busy, waitedMs: performance.now() - startedAt };
}
