import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { loadStaffMember } from './staff-user.ts';

/**
 * Deletes a manually created staff member (guide 3.3). Imported ones are hidden by the next
 * import when they leave, so deleting them here would only bring them back as new people.
 * The provider account goes too (its sessions end), so the login is free for someone else.
 */
export async function deleteStaffUser(deps: Dependencies, caller: User, userId: string): Promise<void> {
  const user = await loadStaffMember(deps, caller.uai, userId);
  if (user.userId === caller.userId) throw new AppError('USER_DELETE_SELF');
  if (user.origin !== 'manual') throw new AppError('USER_DELETE_IMPORTED');
  await deps.accounts.remove({ uai: user.uai, login: user.login });
  await deps.users.remove(user);
}
