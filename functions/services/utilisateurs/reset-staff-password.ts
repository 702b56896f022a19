import { AppError } from '#shared/api/errors.ts';
import { passwordResetEmail } from '#functions/services/mail/credentials.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { giveCredentials } from '../access/give-credentials.ts';
import { loadStaffMember } from './staff-user.ts';

/**
 * Resets a staff member's password (guide 3.3): a random temporary one, emailed with the address
 * of the establishment's space and the login. Only for users with an email. An imported user who
 * never signed in gets their account created by the same step.
 */
export async function resetStaffPassword(deps: Dependencies, uai: string, userId: string): Promise<{ emailedTo: string }> {
  const user = await loadStaffMember(deps, uai, userId);
  if (!user.email) throw new AppError('USER_WITHOUT_EMAIL');
  if (user.status !== 'active') throw new AppError('USER_SUSPENDED_NO_RESET');
  await giveCredentials(deps, user, passwordResetEmail);
  return { emailedTo: user.email };
}
