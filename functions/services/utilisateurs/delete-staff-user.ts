import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/platform/dependencies.ts';
import type { User } from '../ports/users.ts';
import { suspendAccount } from '../users/account-state.ts';
import { loadStaffMember } from './staff-user.ts';

/**
 * Deletes a manually created staff member (guide 3.3). Imported ones are hidden by the next
 * import when they leave, so deleting them here would only bring them back as new people.
 *
 * The accounts port cannot delete a provider account yet: an active one is suspended (signed out
 * everywhere, refused at sign-in) before the user and their login are removed. Creation skips a
 * login whose account survived this way (create-staff-user.ts).
 */
export async function deleteStaffUser(deps: Dependencies, caller: User, userId: string): Promise<void> {
  const user = await loadStaffMember(deps, caller.uai, userId);
  if (user.userId === caller.userId) throw new AppError('CONFLICT', { message: 'Vous ne pouvez pas supprimer votre propre compte.' });
  if (user.origin !== 'manual') {
    throw new AppError('CONFLICT', {
      message: 'Les utilisateurs importés de SIECLE ne peuvent pas être supprimés : ils sont masqués automatiquement quand ils quittent l’établissement.',
    });
  }
  if (user.account === 'active') await suspendAccount(deps, user);
  await deps.users.remove(user);
}
