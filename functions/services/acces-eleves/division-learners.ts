import { WITHOUT_DIVISION } from '#shared/domain/without-division.ts';
import type { LearnerAccessList } from '#shared/api/schemas/acces.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { loadDivision } from '../structure/load-division.ts';

/**
 * The learners of one class with their login and birth date (guide 3.4), name-sorted; for the
 * « Sans classe » code, the learners imported without a class. Learners who left are not in the
 * class index; `activated` tells who already chose their own password.
 */
export async function divisionLearners(deps: Pick<Dependencies, 'structure' | 'users'>, uai: string, code: string): Promise<LearnerAccessList> {
  if (code === WITHOUT_DIVISION.code) return accessList(WITHOUT_DIVISION, await deps.users.learnersWithoutDivision(uai));
  const division = await loadDivision(deps, uai, code);
  return accessList(
    division,
    (await deps.users.learnersOfDivision(uai, division.code)).filter((user) => user.profile === 'apprenant' && user.leftOn === null),
  );
}

function accessList(division: { code: string; label: string }, learners: User[]): LearnerAccessList {
  return {
    division: { code: division.code, label: division.label, learners: learners.length },
    learners: learners.map((learner) => ({
      userId: learner.userId,
      lastName: learner.lastName,
      firstName: learner.firstName,
      login: learner.login,
      birthDate: learner.birthDate,
      activated: learner.account === 'active',
    })),
  };
}
