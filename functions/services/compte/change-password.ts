import { AppError, isAppError } from '#shared/api/errors.ts';
import { passwordProblem } from '#shared/domain/account-policy.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';

/**
 * Mon compte: a new password, once the current one is proven. The proof goes through the
 * provider's sign-in, so a wrong current password counts like any failed sign-in.
 */
export async function changePassword(deps: Dependencies, user: User, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new AppError('PASSWORD_POLICY', { message: problem });
  const ref = { uai: user.uai, login: user.login };
  try {
    const proof = await deps.accounts.signIn(ref, input.currentPassword);
    if (proof.kind === 'signed-in') await deps.accounts.revoke(proof.tokens.refreshToken);
  } catch (error) {
    if (isAppError(error) && error.code === 'AUTH_INVALID_CREDENTIALS') throw new AppError('AUTH_WRONG_CURRENT_PASSWORD');
    throw error;
  }
  await deps.accounts.setPassword(ref, input.newPassword, { temporary: false });
}
