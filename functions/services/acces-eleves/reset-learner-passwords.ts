import { AppError } from '#shared/api/errors.ts';
import { initialPasswordFor } from '#shared/domain/initial-passwords.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { inParallel } from '../structure/in-parallel.ts';

/** Concurrent provider calls: well under Cognito's admin quota, fast enough for 200 learners. */
const PARALLEL_RESETS = 5;

/**
 * « Réinitialiser tous les comptes marqués » (guide 3.4): the ticked learners get their birth
 * date `jjmmaaaa` back as password, to change at next sign-in. Learners who never signed in still
 * have it (their account is created at the first sign-in), so nothing is done for them. Learners
 * without a birth date cannot have it and are named back (by id). Only passwords change, never
 * data. Every id must be a current learner of the establishment, else nothing is done at all.
 */
export async function resetLearnerPasswords(
  deps: Pick<Dependencies, 'users' | 'accounts'>,
  uai: string,
  userIds: string[],
): Promise<{ reset: number; withoutBirthDate: string[] }> {
  const wanted = [...new Set(userIds)];
  const found = new Map((await deps.users.getMany(uai, wanted)).map((user) => [user.userId, user]));
  const learners = wanted.map((userId) => found.get(userId));
  if (learners.some((learner) => !learner || learner.profile !== 'apprenant' || learner.leftOn !== null)) {
    throw new AppError('LEARNERS_NOT_FOUND');
  }

  const withoutBirthDate: string[] = [];
  const toReset: { learner: User; password: string }[] = [];
  for (const learner of learners as User[]) {
    const password = initialPasswordFor('apprenant', learner.birthDate);
    if (password === null) withoutBirthDate.push(learner.userId);
    else if (learner.account === 'active') toReset.push({ learner, password });
  }
  await inParallel(toReset, PARALLEL_RESETS, ({ learner, password }) =>
    deps.accounts.setPassword({ uai, login: learner.login }, password, { temporary: true }),
  );
  return { reset: learners.length - withoutBirthDate.length, withoutBirthDate };
}
