import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { openGuardianAccess } from '../access/notify-guardian.ts';
import { inParallel } from '../structure/in-parallel.ts';
import { withCounts } from '../import/division-counts.ts';
import { sortedUnique } from '../import/plan/changes.ts';
import { diplomaOpen, parentAccessOf } from './access-state.ts';
import { childName, divisionPeople, guardiansOf } from './division-people.ts';
import { NO_DIPLOMA } from './parent-division-detail.ts';

/** Concurrent access emails (account creation + save + SES each): a class of 70 guardians in a few seconds. */
const PARALLEL_OPENINGS = 5;

/**
 * « Donner l'accès aux parents » (guide 3.5), for a whole class (`diploma` null) or one diploma
 * in it. The opening is recorded first, on the division item, and is irreversible; then every
 * guardian it covers who has an email and no account yet gets their account and the access email.
 * Guardians who already have one (through a sibling's class, or a previous opening) are not
 * emailed again, so opening twice is harmless and an interrupted opening is caught up by the
 * next. Guardians without an email wait for an import to bring one (guardiansAwaitingAccess).
 */
export async function openParentAccess(
  deps: Dependencies,
  uai: string,
  code: string,
  diploma: string | null,
): Promise<{ emailed: number; withoutEmail: number }> {
  const { division, learners, guardians } = await divisionPeople(deps, uai, code);
  if (diploma !== null) assertDiplomaOfDivision(diploma, division.code, [...(division.diplomas ?? []), ...learners.map((learner) => learner.diploma)]);

  const before = parentAccessOf(division);
  const parentAccess = diploma === null ? { all: true, diplomas: before.diplomas } : { all: before.all, diplomas: sortedUnique([...before.diplomas, diploma]) };
  await deps.structure.openParentAccess(uai, division.code, diploma);
  const [counted] = withCounts([division], [...learners, ...guardians.values()]);
  await deps.structure.setCounts(uai, division.code, counted!.counts);

  const children = new Map<string, string[]>();
  for (const learner of learners.filter((candidate) => diplomaOpen(parentAccess, candidate.diploma))) {
    for (const guardian of guardiansOf(learner, guardians)) children.set(guardian.userId, [...(children.get(guardian.userId) ?? []), childName(learner)]);
  }
  const covered = [...children.keys()].map((guardianId) => guardians.get(guardianId)!);
  const awaiting = covered.filter((guardian: User) => guardian.email !== null && guardian.account === 'pending' && guardian.status === 'active');
  await inParallel(awaiting, PARALLEL_OPENINGS, (guardian) => openGuardianAccess(deps, guardian, children.get(guardian.userId)!));
  return { emailed: awaiting.length, withoutEmail: covered.filter((guardian) => guardian.email === null).length };
}

function assertDiplomaOfDivision(diploma: string, code: string, present: (string | null)[]): void {
  if (diploma === NO_DIPLOMA) throw new AppError('PARENT_ACCESS_NO_DIPLOMA');
  if (!present.includes(diploma)) throw new AppError('DIPLOMA_NOT_IN_DIVISION', { params: { code } });
}
