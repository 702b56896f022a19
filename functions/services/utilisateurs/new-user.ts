import { randomUUID } from 'node:crypto';
import type { User } from '../ports/users.ts';

/** A user with every optional field at its neutral value; callers give what they know. */
export function newUser(input: Pick<User, 'uai' | 'login' | 'profile' | 'firstName' | 'lastName'> & Partial<User>, now = new Date().toISOString()): User {
  return {
    userId: randomUUID(),
    civility: null,
    email: null,
    birthDate: null,
    status: 'active',
    origin: 'manual',
    account: 'active',
    externalIds: {},
    divisions: [],
    discipline: null,
    division: null,
    groups: [],
    diploma: null,
    level: null,
    mefCode: null,
    guardianIds: [],
    childIds: [],
    leftOn: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...input,
  };
}
