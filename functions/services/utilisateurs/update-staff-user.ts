import { AppError } from '#shared/api/errors.ts';
import type { UpdateStaffUser } from '#shared/api/schemas/utilisateurs.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { checkedDivisions } from './checked-divisions.ts';
import { loadStaffMember, type StaffMember } from './staff-user.ts';

/**
 * Edits a staff member (guide 3.3): names, civility, birth date, email, divisions and groups,
 * discipline, and the profile of manually created users. The login never changes. When the
 * client sends the version it read, a change made meanwhile answers CONFLICT instead of being
 * overwritten.
 */
export async function updateStaffUser(deps: Dependencies, caller: User, userId: string, input: UpdateStaffUser): Promise<StaffMember> {
  const user = await loadStaffMember(deps, caller.uai, userId);
  if (input.version !== undefined && input.version !== user.version) throw new AppError('CONFLICT');
  const profile = input.profile ?? user.profile;
  if (profile !== user.profile) assertProfileMayChange(user, caller);

  const next: StaffMember = {
    ...user,
    profile,
    civility: input.civility,
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
    email: input.email,
    divisions: await checkedDivisions(deps, caller.uai, input.divisions, user.divisions),
    discipline: input.discipline || null,
  };
  // The provider keeps the address too (Cognito's own messages); a pending account has none yet.
  if (user.account === 'active' && next.email !== user.email) await deps.accounts.setEmail({ uai: user.uai, login: user.login }, next.email);
  // The profile is a claim of the next tokens; until they refresh, the guard sees the stored profile
  // differ from the token's and asks the user to sign in again.
  if (user.account === 'active' && profile !== user.profile) await deps.accounts.setProfile({ uai: user.uai, login: user.login }, profile);
  return { ...(await deps.users.save(next)), profile };
}

function assertProfileMayChange(user: StaffMember, caller: User): void {
  if (user.userId === caller.userId) throw new AppError('PROFILE_CHANGE_SELF', { field: 'profile' });
  if (user.origin === 'import') throw new AppError('PROFILE_CHANGE_IMPORTED', { field: 'profile' });
}
