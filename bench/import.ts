/**
 * Import benchmark (issue 3): a synthetic establishment in the real SIECLE/STS formats —
 * 3,000 learners, 6,000 guardians, 250 staff — analysed and imported on the embedded stack,
 * then re-imported unchanged. Prints times, peak memory, DynamoDB requests by operation, and
 * calls to the accounts provider (Cognito in AWS).
 *
 *   npx tsx bench/import.ts            (LEARNERS=300 for a quick run)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedStack } from '../infra/local/stack.ts';
import { generateEstablishment } from '#infra/ops/siecle-generator.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const LEARNERS = Number(process.env.LEARNERS ?? 3000);
const UAI = '0860001B';

const peakRssMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// Data on disk, as with `npm start`: the DynamoDB emulator then keeps its data in LevelDB files
// rather than in this process's memory, so the peak below is mostly the import's own.
const dataDir = mkdtempSync(join(tmpdir(), 'cerise-bench-'));
const stack = await startEmbeddedStack({ port: 0, quiet: true, dataDir });
console.log(`Resident memory after start: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
const { dependencies } = await import('#functions/platform/dependencies.ts');
const { provisionEstablishment } = await import('#functions/services/establishments/provision-establishment.ts');
const { newUser } = await import('#functions/services/utilisateurs/new-user.ts');

// Count every call the import makes to the accounts provider (Cognito in AWS).
const accountCalls: Record<string, number> = {};
const accounts = dependencies().accounts as unknown as Record<string, (...args: unknown[]) => unknown>;
const PORT_METHODS = ['create', 'signIn', 'completeNewPassword', 'refresh', 'revoke', 'setPassword', 'setEmail', 'suspend', 'reactivate'];
for (const name of PORT_METHODS) {
  const original = accounts[name]!.bind(accounts);
  accounts[name] = (...args: unknown[]) => {
    accountCalls[name] = (accountCalls[name] ?? 0) + 1;
    return original(...args);
  };
}

await provisionEstablishment(dependencies(), { uai: UAI, name: 'Lycée du banc d’essai', email: null });
// The provisioning's own account creation is not the import's.
for (const name of Object.keys(accountCalls)) delete accountCalls[name];
const admin = newUser({ uai: UAI, login: 'bench.admin', profile: 'admin', firstName: 'Banc', lastName: 'Essai' });
await dependencies().users.create(admin);

const school = generateEstablishment({ uai: UAI, learners: LEARNERS, teachers: 245, heads: 5, siblingsEvery: 0, seed: 2026 });
console.log(
  `Synthetic establishment: ${school.learners.length} learners, ${school.guardians.length} guardians, ${school.staff.length} staff, ${school.divisions.length} divisions, ${school.groups.length} groups`,
);
console.log(
  `File sizes: sts ${(school.sts.length / 1e6).toFixed(2)} MB, eleves ${(school.eleves.length / 1e6).toFixed(2)} MB, responsables ${(school.responsables.length / 1e6).toFixed(2)} MB`,
);

const { startImport } = await import('#functions/services/import/start-import.ts');
const { confirmImport } = await import('#functions/services/import/confirm-import.ts');

/** Uploads like the browser (presigned POST), then waits for the S3-triggered work to reach `until`. */
async function run(files: { slot: 'sts' | 'eleves' | 'responsables'; bytes: Uint8Array }[]) {
  const deps = dependencies();
  const started = await startImport(
    deps,
    { uai: UAI, userId: admin.userId },
    { files: files.map((file) => ({ slot: file.slot, fileName: `${file.slot}.xml`, size: file.bytes.length })) },
  );
  const before = stack.dynamoRequestCounts();
  const t0 = Date.now();
  for (const file of files) {
    const { upload } = started.uploads.find((entry) => entry.slot === file.slot)!;
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(file.bytes)]));
    await fetch(upload.url, { method: 'POST', body: form });
  }
  const analysed = await waitFor(started.importId, ['waiting-files', 'analysing']);
  const analysisMs = Date.now() - t0;
  if (analysed.status !== 'analysed') throw new Error(`analysis: ${analysed.status} ${JSON.stringify(analysed.errors)}`);
  const t1 = Date.now();
  await confirmImport(deps, UAI, started.importId);
  const done = await waitFor(started.importId, ['importing']);
  const importMs = Date.now() - t1;
  if (done.status !== 'imported') throw new Error(`import: ${done.status}`);
  const after = stack.dynamoRequestCounts();
  const calls = Object.fromEntries(
    Object.keys(after)
      .map((operation) => [operation, (after[operation] ?? 0) - (before[operation] ?? 0)])
      .filter(([, count]) => Number(count) > 0),
  );
  return { analysisMs, importMs, counts: done.result!.counts, calls };
}

async function waitFor(importId: string, whileStatus: string[]) {
  for (;;) {
    const current = (await dependencies().imports.get(UAI, importId))!;
    if (!whileStatus.includes(current.status)) return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const report = (label: string, result: Awaited<ReturnType<typeof run>>) => {
  console.log(`\n${label}`);
  console.log(`  analysis ${seconds(result.analysisMs)}, import ${seconds(result.importMs)}`);
  console.log(`  result   ${JSON.stringify(result.counts)}`);
  console.log(`  DynamoDB requests ${JSON.stringify(result.calls)}`);
  console.log(`  accounts-provider calls so far ${JSON.stringify(accountCalls)}`);
  console.log(`  peak RSS so far ${peakRssMb().toFixed(0)} MB (whole process: emulators + handlers)`);
};

report('1. Staff (sts_emp)', await run([{ slot: 'sts', bytes: school.sts }]));
report(
  '2. Learners + guardians together',
  await run([
    { slot: 'eleves', bytes: school.eleves },
    { slot: 'responsables', bytes: school.responsables },
  ]),
);
const versions = new Map(
  (await dependencies().users.listByProfile(UAI, ['enseignant', 'chef', 'apprenant', 'parent'])).map((user) => [user.userId, user.version]),
);
const again = await run([
  { slot: 'eleves', bytes: school.eleves },
  { slot: 'responsables', bytes: school.responsables },
]);
report('3. Same learners + guardians again (no change)', again);
const changed = (await dependencies().users.listByProfile(UAI, ['enseignant', 'chef', 'apprenant', 'parent'])).filter(
  (user) => versions.get(user.userId) !== user.version,
).length;
console.log(`  user records changed by the re-import: ${changed}; TransactWriteItems during it: ${again.calls.TransactWriteItems ?? 0}`);

await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
