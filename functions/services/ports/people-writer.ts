import type { User } from './users.ts';

/**
 * Bulk writes of an import: users created with their login reserved, users saved conditional on
 * the version read. Writes go in transactions of up to 100 items; the users whose write was
 * refused (a login taken meanwhile, a user changed meanwhile) come back as conflicts, and
 * nothing of theirs is half-written.
 */
export interface PeopleWriterPort {
  createMany(users: User[], onProgress?: (done: number) => void): Promise<{ conflicts: User[] }>;
  saveMany(users: User[], onProgress?: (done: number) => void): Promise<{ conflicts: User[] }>;
}
