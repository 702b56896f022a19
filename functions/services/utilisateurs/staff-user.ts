import { AppError } from '#shared/api/errors.ts';
import { STAFF_PROFILES, type StaffUser } from '#shared/api/schemas/utilisateurs.ts';
import type { Profile } from '#shared/domain/profiles.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';

export type StaffProfile = (typeof STAFF_PROFILES)[number];

/** A user of a staff profile: the only people Gestion des utilisateurs reaches. */
export type StaffMember = User & { profile: StaffProfile };

export function isStaffProfile(profile: Profile): profile is StaffProfile {
  return (STAFF_PROFILES as readonly Profile[]).includes(profile);
}

/** A user as Gestion des utilisateurs shows it (learners and parents never reach this module). */
export function toStaffUser(user: StaffMember): StaffUser {
  const { userId, login, civility, firstName, lastName, profile, email, birthDate, origin, status, divisions, discipline, version } = user;
  return { userId, login, civility, firstName, lastName, profile, email, birthDate, origin, status, divisions, discipline, version };
}

// User ids are UUIDs (or STS-derived ids): anything else is not worth a read.
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The staff member `userId` of the caller's establishment. Learners, parents and people who left
 * (hidden from modules, guide 3.1.3) answer 404, like ids of other establishments: this module
 * reaches staff accounts only.
 */
export async function loadStaffMember(deps: Pick<Dependencies, 'users'>, uai: string, userId: string): Promise<StaffMember> {
  const user = USER_ID.test(userId) ? await deps.users.get(uai, userId) : null;
  if (!user || !isStaffProfile(user.profile) || user.leftOn !== null) {
    throw new AppError('USER_NOT_FOUND');
  }
  return user as StaffMember;
}
