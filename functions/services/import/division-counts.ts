import type { Division } from '../ports/structure.ts';
import type { User } from '../ports/users.ts';

/**
 * Learners, guardians and guardians with an email of each division, from the people as they
 * are after an import or an access opening: the access page then reads one partition.
 */
export function withCounts(structure: Division[], users: User[]): Division[] {
  const byId = new Map(users.map((user) => [user.userId, user]));
  const counts = new Map<string, { learners: number; guardians: Set<string>; withEmail: Set<string> }>();
  for (const learner of users) {
    if (learner.profile !== 'apprenant' || !learner.division || learner.leftOn) continue;
    const entry = counts.get(learner.division) ?? { learners: 0, guardians: new Set<string>(), withEmail: new Set<string>() };
    entry.learners += 1;
    for (const guardianId of learner.guardianIds) {
      const guardian = byId.get(guardianId);
      if (!guardian || guardian.leftOn) continue;
      entry.guardians.add(guardianId);
      if (guardian.email) entry.withEmail.add(guardianId);
    }
    counts.set(learner.division, entry);
  }
  return structure.map((division) => {
    const entry = counts.get(division.code);
    return { ...division, counts: { learners: entry?.learners ?? 0, guardians: entry?.guardians.size ?? 0, guardiansWithEmail: entry?.withEmail.size ?? 0 } };
  });
}
