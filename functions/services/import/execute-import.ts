import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { describeError, type Logger } from '#functions/services/ports/logger.ts';
import { openGuardianAccess } from '../access/notify-guardian.ts';
import { guardiansAwaitingAccess } from '../access/parent-access.ts';
import type { Division } from '../ports/structure.ts';
import type { User } from '../ports/users.ts';
import { suspendAccount, reactivateAccount } from '../utilisateurs/account-state.ts';
import { fullName } from './plan/changes.ts';
import { planImport } from './plan/plan.ts';
import { summarise } from './plan/summary.ts';
import type { ImportPlan } from './plan/types.ts';
import { withCounts } from './division-counts.ts';
import { importKeys } from './object-keys.ts';
import { readRunFiles } from './read-run-files.ts';
import { loadSnapshot } from './snapshot.ts';
import { capProblems, updateRun } from './update-run.ts';

/** A conflict (a login taken, a user edited meanwhile) is settled by planning again from fresh data. */
const MAX_ROUNDS = 3;

/**
 * Runs a confirmed import, outside any API request. It plans from the files and the current
 * data, writes, and plans again if some writes met a concurrent change, so that an import
 * interrupted at any point can simply be run again: what is done is found done, nothing twice.
 * Logins and passwords of existing people, and pedagogical data, are never touched.
 */
export async function executeImport(deps: Dependencies, log: Logger, uai: string, importId: string): Promise<void> {
  const run = await deps.imports.get(uai, importId);
  if (!run || run.status !== 'importing') return;
  const today = new Date(deps.now()).toISOString().slice(0, 10);
  const progress = (value: number) => deps.imports.setProgress(uai, importId, value).catch(() => undefined);
  try {
    const read = await readRunFiles(deps, run, today);
    if (read.errors.size > 0) throw new Error('files changed since their analysis');

    let first: { plan: ImportPlan; summaryUsers: Awaited<ReturnType<typeof loadSnapshot>>['users'] } | null = null;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const snapshot = await loadSnapshot(deps, uai);
      const plan = planImport(read.files, snapshot, today);
      if (plan.errors.length > 0) throw new Error(plan.errors.map((problem) => problem.message).join(' '));
      first ??= { plan, summaryUsers: snapshot.users };
      const conflicts = await applyPlan(deps, plan, progress);
      if (conflicts === 0) break;
      log.warn('import met concurrent changes, planning again', { importId, conflicts, round });
    }

    await progress(92);
    await settleAccounts(deps, first!.plan);
    const final = await loadSnapshot(deps, uai);
    await notifyGuardians(deps, final.users, final.structure);
    for (const division of withCounts(final.structure, final.users)) {
      const before = final.structure.find((candidate) => candidate.code === division.code);
      if (JSON.stringify(before?.counts) !== JSON.stringify(division.counts)) await deps.structure.setCounts(uai, division.code, division.counts);
    }
    if (read.files.sts) await deps.establishments.markStaffImported(uai, new Date(deps.now()).toISOString());

    const full = summarise(first!.plan, first!.summaryUsers, Number.MAX_SAFE_INTEGER);
    await deps.files.write('imports', importKeys.result(uai, importId), JSON.stringify(full), 'application/json');
    await updateRun(deps, uai, importId, (current) => ({ ...current, status: 'imported', progress: 100, result: summarise(first!.plan, first!.summaryUsers) }));
    log.info('import done', { importId, counts: full.counts });
  } catch (error) {
    log.error('import failed', { importId, ...describeError(error) });
    await updateRun(deps, uai, importId, (current) => ({
      ...current,
      status: 'failed',
      errors: capProblems([
        {
          code: 'IMPORT_FAILED',
          message:
            'L’import s’est interrompu avant la fin. Ce qui a été écrit est conservé ; relancez l’import pour le terminer (rien ne sera créé deux fois).',
        },
      ]),
    }));
  }
}

/** Writes the plan; returns how many writes met a concurrent change. */
async function applyPlan(deps: Dependencies, plan: ImportPlan, progress: (value: number) => Promise<unknown>): Promise<number> {
  await deps.structure.createMany(plan.divisionsCreated);
  await deps.structure.updateDescriptions(plan.divisionsUpdated);
  await progress(5);
  const changes = [...plan.updated, ...plan.hidden, ...plan.restored].map((change) => change.after);
  const total = Math.max(1, plan.created.length + changes.length);
  const created = await deps.peopleWriter.createMany(plan.created, (done) => void progress(5 + (85 * done) / total));
  const saved = await deps.peopleWriter.saveMany(changes, (done) => void progress(5 + (85 * (plan.created.length + done)) / total));
  return created.conflicts.length + saved.conflicts.length;
}

/** Staff who left lose their access; those back get it again (accounts that exist only). */
async function settleAccounts(deps: Dependencies, plan: ImportPlan): Promise<void> {
  for (const { after } of plan.hidden) if (after.status === 'suspended' && after.account === 'active') await suspendAccount(deps, after);
  for (const { before, after } of plan.restored) if (before.status === 'suspended' && after.account === 'active') await reactivateAccount(deps, after);
}

/** Guardians of divisions whose parent access is open, with an email and no account yet, get their access email. */
async function notifyGuardians(deps: Dependencies, users: User[], structure: Division[]): Promise<void> {
  const names = new Map(users.map((user) => [user.userId, fullName(user)]));
  for (const guardian of guardiansAwaitingAccess(users, structure)) {
    await openGuardianAccess(
      deps,
      guardian,
      guardian.childIds
        .map((id) => names.get(id) ?? '')
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b, 'fr')),
    );
  }
}
