import type { Division } from '../ports/structure.ts';
import type { User } from '../ports/users.ts';

/** Whether parent access is open for this learner: for their whole division, or for their diploma in it. */
export function accessOpenFor(learner: User | undefined, divisions: Map<string, Division>): boolean {
  if (!learner?.division || learner.leftOn) return false;
  const access = divisions.get(learner.division)?.parentAccess;
  return Boolean(access && (access.all || (learner.diploma !== null && access.diplomas.includes(learner.diploma))));
}

/**
 * Guardians who should have their access email now: an email, no account yet, and a child in a
 * division (or diploma) whose access is open. A rule on the current state rather than on what an
 * import changed, so that an interrupted import or opening catches up when run again.
 */
export function guardiansAwaitingAccess(users: User[], structure: Division[]): User[] {
  const divisions = new Map(structure.map((division) => [division.code, division]));
  const byId = new Map(users.map((user) => [user.userId, user]));
  return users.filter(
    (user) =>
      user.profile === 'parent' &&
      !user.leftOn &&
      user.email !== null &&
      user.account === 'pending' &&
      user.childIds.some((childId) => accessOpenFor(byId.get(childId), divisions)),
  );
}
