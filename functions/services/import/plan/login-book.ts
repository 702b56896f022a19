import { assignLogins } from '#shared/domain/logins.ts';
import type { User } from '../../ports/users.ts';

/**
 * The logins taken in the establishment, so that every batch of newcomers of one run
 * (staff, learners, guardians) gets free, unique, deterministic logins.
 */
export class LoginBook {
  private readonly taken: Set<string>;

  constructor(users: User[]) {
    this.taken = new Set(users.map((user) => user.login));
  }

  assign(people: { key: string; firstName: string; lastName: string }[]): Map<string, string> {
    const assigned = assignLogins(people, this.taken);
    for (const login of assigned.values()) this.taken.add(login);
    return assigned;
  }
}
