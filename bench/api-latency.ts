/**
 * API latency under load: sign-in and an authenticated read, through the local gateway and the
 * real Lambda handlers, with autocannon.
 *
 * Usage (from the repository root):
 *   npx tsx bench/api-latency.ts                          # 20 connections × 20 s per scenario
 *   CONNECTIONS=10 DURATION=5 npx tsx bench/api-latency.ts  # quicker look (1–100 conn., 1–120 s)
 * Exits with status 1 when a scenario saw any error or non-2xx answer.
 *
 * Set-up:
 *   - The embedded stack (in memory, demo establishment provisioned, quiet handlers) runs in a
 *     child process (bench/lib/stack-server.ts), not in this one: autocannon is CPU-bound
 *     JavaScript, and sharing one event loop with the server would let the load generator's
 *     work show up as server latency (and vice versa). The two processes still share the
 *     machine's cores, which this script reports (CPU used by each side).
 *   - The demo admin's initial password is changed once (login → new-password-required →
 *     new-password), which yields the ID token for the authenticated scenario (valid 15 min).
 *   - A short sequential warm-up (5 sign-ins, 20 reads) loads the handler modules and warms the
 *     JIT; it is not counted.
 * Scenarios:
 *   (a) POST /api/auth/login with the right password (successes never count towards login
 *       throttling, so no request is refused for that);
 *   (b) GET /api/compte with `Authorization: Bearer <ID token>` (a token fetched just before
 *       the run);
 *   then both again with 1 connection for 5 s: the unloaded service time, for reference.
 * Each run first waits (up to 60 s) for the machine to be quiet; a run during which other
 * processes used more than 25 % of a core (measured from /proc/stat minus the server's and this
 * process's CPU) is redone, at most 3 attempts in all; the quietest attempt is kept, and
 * flagged (!) in the tables if even that one was disturbed.
 * Figures: requests/s = completed responses / measured duration; p50 and p95 are exact
 * nearest-rank percentiles over every response's latency (autocannon's `response` event, in ms
 * with sub-millisecond precision), not read off its histogram; autocannon's own p50/p97.5/p99
 * are shown alongside as a cross-check.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { SCRYPT_PARAMS, scryptKey } from '#functions/adapters/accounts/scrypt.ts';
import { DEMO } from '#infra/local/demo.ts';
import {
  LineWatcher,
  TICKS_PER_SECOND,
  busyPercent,
  cpuTicks,
  machineCpu,
  sleep,
  spawnTsNode,
  stopProcessGroup,
  waitForQuietMachine,
} from './lib/processes.ts';
import { median, ms, percentileOfSorted, printTable, say } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const clamp = (value: number, low: number, high: number, fallback: number) => (Number.isFinite(value) && value >= low && value <= high ? value : fallback);
const CONNECTIONS = clamp(Number(process.env.CONNECTIONS ?? 20), 1, 100, 20);
const DURATION_S = clamp(Number(process.env.DURATION ?? 20), 1, 120, 20);
const NEW_PASSWORD = 'bench-mot-de-passe-1';
const CORES = availableParallelism();
const BASELINE_S = 5;
const OTHERS_LIMIT = 25;
const MAX_ATTEMPTS = 3;

interface Scenario {
  name: string;
  /** Headers computed just before each run (a fresh ID token, so retries never outlive it). */
  freshHeaders?: () => Promise<Record<string, string>>;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface ScenarioResult {
  scenario: Scenario;
  connections: number;
  result: autocannon.Result;
  latencies: number[];
  statusCounts: Map<number, number>;
  samples: string[];
  wallSeconds: number;
  serverCpuPercent: number;
  loadCpuPercent: number;
  /** Machine busy % (100 = all cores) over the 1 s before the run. */
  busyBefore: number;
  /** Whole-machine busy % during the run, in the same unit as the CPU columns (one core = 100 %). */
  machineCpuPercent: number;
}

async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** Changes the demo admin's initial password and returns the ID token of the new session. */
async function signInAdmin(base: string): Promise<string> {
  const first = await postJson(`${base}/api/auth/login`, { uai: DEMO.uai, login: DEMO.adminLogin, password: DEMO.adminPassword });
  const challenge = (first.json as { status?: string; challenge?: string } | null)?.challenge;
  if (first.status !== 200 || !challenge) throw new Error(`initial login: ${first.status} ${JSON.stringify(first.json)}`);
  const second = await postJson(`${base}/api/auth/new-password`, { uai: DEMO.uai, login: DEMO.adminLogin, challenge, newPassword: NEW_PASSWORD });
  const idToken = (second.json as { session?: { idToken?: string } } | null)?.session?.idToken;
  if (second.status !== 200 || !idToken) throw new Error(`new-password: ${second.status} ${JSON.stringify(second.json)}`);
  return idToken;
}

/**
 * Cost of one password hash in this process: 10 sequential (median), then 40 at once (hashes/s
 * through libuv's thread pool). Redone (at most 3 times, quietest kept) when other processes
 * were busy meanwhile.
 */
async function measureScrypt(): Promise<{ sequentialMs: number; parallelPerSecond: number; othersPercent: number }> {
  let best: { sequentialMs: number; parallelPerSecond: number; othersPercent: number } | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    await waitForQuietMachine({ maxWaitMs: 60_000 });
    const machineBefore = machineCpu();
    const ownBefore = process.cpuUsage();
    const measuredAt = performance.now();
    const salt = Buffer.alloc(16, 7);
    const timings: number[] = [];
    for (let index = 0; index < 10; index += 1) {
      const startedAt = performance.now();
      await scryptKey('bench-mot-de-passe-1', salt, 32);
      timings.push(performance.now() - startedAt);
    }
    const startedAt = performance.now();
    await Promise.all(Array.from({ length: 40 }, () => scryptKey('bench-mot-de-passe-1', salt, 32)));
    const parallelPerSecond = 40 / ((performance.now() - startedAt) / 1000);
    const own = process.cpuUsage(ownBefore);
    const ownPercent = ((own.user + own.system) / 1e6 / ((performance.now() - measuredAt) / 1000)) * 100;
    const result = {
      sequentialMs: median(timings),
      parallelPerSecond,
      othersPercent: Math.max(0, busyPercent(machineBefore, machineCpu()) * CORES - ownPercent),
    };
    if (!best || result.othersPercent < best.othersPercent) best = result;
    if (result.othersPercent <= OTHERS_LIMIT) break;
  }
  return best!;
}

async function runScenario(base: string, serverPid: number, scenario: Scenario, connections: number, durationSeconds: number): Promise<ScenarioResult> {
  const quiet = await waitForQuietMachine({ maxWaitMs: 60_000 });
  if (!quiet.quiet) say(`  (machine still ${quiet.busyPercent.toFixed(0)} % busy after ${ms(quiet.waitedMs, 0)} of waiting: measuring anyway)`);
  const latencies: number[] = [];
  const statusCounts = new Map<number, number>();
  const samples: string[] = [];
  const machineBefore = machineCpu();
  const serverTicksBefore = cpuTicks(serverPid);
  const loadCpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(
      {
        url: `${base}${scenario.path}`,
        connections,
        duration: durationSeconds,
        pipelining: 1,
        timeout: 10,
        title: scenario.name,
        requests: [
          {
            method: scenario.method,
            path: scenario.path,
            headers: scenario.headers,
            ...(scenario.body === undefined ? {} : { body: scenario.body }),
            onResponse: (status, body) => {
              if ((status < 200 || status > 299) && samples.length < 5) samples.push(`${status} ${body.slice(0, 300)}`);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const wallSeconds = (performance.now() - startedAt) / 1000;
        const loadCpu = process.cpuUsage(loadCpuBefore);
        resolvePromise({
          scenario,
          connections,
          result,
          latencies: latencies.sort((a, b) => a - b),
          statusCounts,
          samples,
          wallSeconds,
          serverCpuPercent: ((cpuTicks(serverPid) - serverTicksBefore) / TICKS_PER_SECOND / wallSeconds) * 100,
          loadCpuPercent: ((loadCpu.user + loadCpu.system) / 1e6 / wallSeconds) * 100,
          busyBefore: quiet.busyPercent,
          machineCpuPercent: busyPercent(machineBefore, machineCpu()) * CORES,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCounts.set(statusCode, (statusCounts.get(statusCode) ?? 0) + 1);
    });
  });
}

/** A fresh ID token for the (already changed) admin password. */
async function idTokenFor(base: string, loginBody: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: loginBody,
    signal: AbortSignal.timeout(10_000),
  });
  const idToken = ((await response.json().catch(() => null)) as { session?: { idToken?: string } } | null)?.session?.idToken;
  if (response.status !== 200 || !idToken) throw new Error(`login answered ${response.status}`);
  return idToken;
}

/** CPU used by other processes during a run, in % of one core. */
const othersOf = (result: ScenarioResult) => result.machineCpuPercent - result.serverCpuPercent - result.loadCpuPercent;

async function warmUp(base: string, loginBody: string, idToken: string): Promise<void> {
  for (let index = 0; index < 5; index += 1) {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: loginBody,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`warm-up login answered ${response.status}`);
  }
  for (let index = 0; index < 20; index += 1) {
    const response = await fetch(`${base}/api/compte`, { headers: { authorization: `Bearer ${idToken}` }, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`warm-up GET /api/compte answered ${response.status}`);
  }
}

async function main(): Promise<void> {
  say(`API latency benchmark — ${CONNECTIONS} connections × ${DURATION_S} s per scenario, Node ${process.version}`);
  say('Server: embedded stack in a separate node process (bench/lib/stack-server.ts), so autocannon does not');
  say('share its event loop; both processes share the 2 cores of this machine (CPU use of each shown below).');
  say();

  const scrypt = await measureScrypt();
  say(
    `scrypt (N=${SCRYPT_PARAMS.N}, r=${SCRYPT_PARAMS.r}, p=${SCRYPT_PARAMS.p}) in this process: ${ms(scrypt.sequentialMs)} per hash sequentially, ` +
      `${scrypt.parallelPerSecond.toFixed(1)} hashes/s with 40 in flight (libuv thread pool); other processes used ${scrypt.othersPercent.toFixed(0)} % CPU meanwhile${scrypt.othersPercent > OTHERS_LIMIT ? ' (!)' : ''}.`,
  );

  const child = spawnTsNode('bench/lib/stack-server.ts', { cwd: ROOT });
  const stdout = new LineWatcher(child.stdout);
  const stderr = new LineWatcher(child.stderr);
  let exitCode = 0;
  try {
    const line = await stdout.waitFor(/^\{.*"url"/, 60_000);
    if (!line) throw new Error(`the stack did not start within 60 s\n${stdout.tail()}\n${stderr.tail()}`);
    const { url: base, pid: serverPid } = JSON.parse(line.text) as { url: string; pid: number };
    say(`Stack listening on ${base} (pid ${serverPid}).`);

    const idToken = await signInAdmin(base);
    const loginBody = JSON.stringify({ uai: DEMO.uai, login: DEMO.adminLogin, password: NEW_PASSWORD });
    await warmUp(base, loginBody, idToken);
    say('Demo admin signed in (initial password changed once); warm-up done (5 sign-ins, 20 reads, not counted).');
    say();

    const scenarios: Scenario[] = [
      { name: 'POST /api/auth/login', method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json' }, body: loginBody },
      {
        name: 'GET /api/compte (Bearer)',
        method: 'GET',
        path: '/api/compte',
        headers: {},
        freshHeaders: async () => ({ authorization: `Bearer ${await idTokenFor(base, loginBody)}` }),
      },
    ];
    // Others work on this 2-core machine too: a run during which other processes used more than
    // OTHERS_LIMIT % of a core is discarded and redone, at most MAX_ATTEMPTS times in all.
    let discarded = 0;
    const measure = async (scenario: Scenario, connections: number, seconds: number): Promise<ScenarioResult> => {
      let best: ScenarioResult | undefined;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        if (scenario.freshHeaders) scenario.headers = await scenario.freshHeaders();
        say(`Running ${scenario.name}: ${connections} connection(s) × ${seconds} s${connections === 1 ? ' (unloaded reference)' : ''}…`);
        const result = await runScenario(base, serverPid, scenario, connections, seconds);
        await sleep(1000);
        if (!best || othersOf(result) < othersOf(best)) best = result;
        if (othersOf(result) <= OTHERS_LIMIT) break;
        discarded += 1;
        say(
          `  other processes used ${othersOf(result).toFixed(0)} % CPU during that run${attempt < MAX_ATTEMPTS ? `: redoing (attempt ${attempt + 1}/${MAX_ATTEMPTS})` : ''}`,
        );
      }
      // The quietest attempt is kept (flagged below if even that one was disturbed).
      return best!;
    };
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await measure(scenario, CONNECTIONS, DURATION_S));
    // Unloaded reference: one client at a time, so latency is service time without queueing.
    const baselines: ScenarioResult[] = [];
    for (const scenario of scenarios) baselines.push(await measure(scenario, 1, BASELINE_S));
    if (discarded) say(`${discarded} run(s) disturbed by other processes; the quietest attempt of each scenario is kept.`);

    say();
    printTable(
      ['scenario', 'conn.', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors', 'timeouts', 'non-2xx'],
      [...results, ...baselines].map(({ scenario, connections, result, latencies }) => [
        scenario.name,
        String(connections),
        String(latencies.length),
        (latencies.length / result.duration).toFixed(1),
        ms(percentileOfSorted(latencies, 50)),
        ms(percentileOfSorted(latencies, 95)),
        ms(percentileOfSorted(latencies, 99)),
        ms(latencies.at(-1) ?? Number.NaN),
        String(result.errors),
        String(result.timeouts),
        String(result.non2xx),
      ]),
    );
    say();
    printTable(
      ['scenario', 'conn.', 'autocannon p50', 'p97.5', 'p99', 'mean', 'status codes', 'server CPU', 'autocannon CPU', 'other CPU', 'busy before'],
      [...results, ...baselines].map(({ scenario, connections, result, statusCounts, serverCpuPercent, loadCpuPercent, machineCpuPercent, busyBefore }) => [
        scenario.name,
        String(connections),
        `${result.latency.p50} ms`,
        `${result.latency.p97_5} ms`,
        `${result.latency.p99} ms`,
        ms(result.latency.mean),
        [...statusCounts].map(([status, count]) => `${status}×${count}`).join(' '),
        `${serverCpuPercent.toFixed(0)} %`,
        `${loadCpuPercent.toFixed(0)} %`,
        `${Math.max(0, machineCpuPercent - serverCpuPercent - loadCpuPercent).toFixed(0)} %${machineCpuPercent - serverCpuPercent - loadCpuPercent > OTHERS_LIMIT ? ' (!)' : ''}`,
        `${busyBefore.toFixed(0)} %`,
      ]),
    );
    say(`(CPU: share of one core over the run, ${CORES * 100} % = all ${CORES} cores; other CPU = whole machine − server − autocannon,`);
    say(` i.e. other processes; (!) marks a run they disturbed (> ${OTHERS_LIMIT} %) even after ${MAX_ATTEMPTS} attempts.`);
    say(' busy before: whole machine, 100 % = all cores, over the 1 s before the run, which waits up to 60 s for < 15 %.');
    say(" autocannon's own percentiles come from its histogram, in whole ms.)");

    for (const { scenario, result, samples } of [...results, ...baselines]) {
      if (result.errors === 0 && result.non2xx === 0) continue;
      exitCode = 1;
      say();
      say(`PROBLEM in ${scenario.name}: ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx answers.`);
      for (const sample of samples) say(`  e.g. ${sample}`);
    }
    say();
    say(`Reading (Little's law: with ${CONNECTIONS} clients always waiting, latency ≈ ${CONNECTIONS} / throughput; the rest is queueing):`);
    results.forEach((loaded, index) => {
      const unloaded = baselines[index]!;
      const rate = loaded.latencies.length / loaded.result.duration;
      say(
        `  ${loaded.scenario.name}: ${ms(percentileOfSorted(unloaded.latencies, 50))} alone (p50, 1 client); under load ${rate.toFixed(1)} req/s, ` +
          `${CONNECTIONS} / ${rate.toFixed(1)} = ${ms((CONNECTIONS / rate) * 1000, 0)} predicted vs ${ms(percentileOfSorted(loaded.latencies, 50), 0)} measured p50; ` +
          `server at ${loaded.serverCpuPercent.toFixed(0)} % CPU, ${(((loaded.serverCpuPercent / 100) * 1000) / rate).toFixed(1)} ms of CPU per request.`,
      );
    });
    say(
      `  Sign-in hashes the password with scrypt: ${ms(scrypt.sequentialMs)} per hash alone, at most ${scrypt.parallelPerSecond.toFixed(0)} hashes/s on this machine ` +
        `(libuv's ${process.env.UV_THREADPOOL_SIZE ?? 4} pool threads over ${CORES} cores): that cost is by design and bounds sign-in throughput.`,
    );
    const read = results[1];
    if (read && read.serverCpuPercent >= 90 && read.serverCpuPercent < 150) {
      say(`  The authenticated read keeps one core busy (${read.serverCpuPercent.toFixed(0)} %): it is bound by the server's single JavaScript thread.`);
    }
  } finally {
    const stopped = await stopProcessGroup(child);
    say(`Stack stopped ${stopped.clean ? 'cleanly' : 'by SIGKILL'} (${ms(stopped.stopMs, 0)}).`);
  }
  process.exitCode = exitCode;
}

await main();
