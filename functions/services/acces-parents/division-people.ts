import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Division } from '../ports/structure.ts';
import type { User } from '../ports/users.ts';
import { loadDivision } from '../structure/load-division.ts';

export interface DivisionPeople {
  division: Division;
  /** Learners present in the division, name-sorted. */
  learners: User[];
  /** Their guardians still in the establishment, by id. */
  guardians: Map<string, User>;
}

/** A class with its learners and their guardians: two queries and a batch read. */
export async function divisionPeople(deps: Pick<Dependencies, 'structure' | 'users'>, uai: string, code: string): Promise<DivisionPeople> {
  const division = await loadDivision(deps, uai, code);
  const learners = (await deps.users.learnersOfDivision(uai, division.code)).filter((user) => user.profile === 'apprenant' && user.leftOn === null);
  const guardians = (
    await deps.users.getMany(
      uai,
      learners.flatMap((learner) => learner.guardianIds),
    )
  ).filter((user) => user.profile === 'parent' && user.leftOn === null);
  return { division, learners, guardians: new Map(guardians.map((guardian) => [guardian.userId, guardian])) };
}

/** The guardians of a learner, in the order SIECLE gave them (legal guardian 1 first). */
export function guardiansOf(learner: User, guardians: Map<string, User>): User[] {
  return learner.guardianIds.flatMap((guardianId) => {
    const guardian = guardians.get(guardianId);
    return guardian ? [guardian] : [];
  });
}

/** How a parent email names a child: first name then last name. */
export function childName(learner: Pick<User, 'firstName' | 'lastName'>): string {
  return `${learner.firstName} ${learner.lastName}`.trim();
}
