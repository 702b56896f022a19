import { AppError } from '#shared/api/errors.ts';
import { isAccountRefused } from '../ports/errors.ts';
import { chosenPasswordRuleBroken } from '#shared/domain/account-policy.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Tokens } from '../ports/accounts.ts';
import type { User } from '../ports/users.ts';
import { underThrottle } from '../auth/password-attempts.ts';

/**
 * Mon compte: a new password, once the current one is proven. The proof goes through the
 * provider's sign-in under the sign-in throttle, so a wrong current password counts like any
 * failed sign-in (and is refused with AUTH_THROTTLED once too many). Changing the password ends
 * every session of the account, on every device; the session making the change gets fresh
 * tokens (its new refresh cookie), so only the others must sign in again.
 */
export async function changePassword(
  deps: Dependencies,
  user: User,
  input: { currentPassword: string; newPassword: string; sourceIp: string },
): Promise<Tokens> {
  const rule = chosenPasswordRuleBroken(input.newPassword, { login: user.login, birthDate: user.birthDate });
  if (rule) throw new AppError(rule);
  const ref = { uai: user.uai, login: user.login };
  try {
    await underThrottle(deps, { ...ref, sourceIp: input.sourceIp }, { failsOn: ['AUTH_INVALID_CREDENTIALS'], forgetOnSuccess: true }, () =>
      deps.accounts.signIn(ref, input.currentPassword),
    );
  } catch (error) {
    if (isAccountRefused(error, 'invalid-credentials')) throw new AppError('AUTH_WRONG_CURRENT_PASSWORD');
    throw error;
  }
  // Ends every session, the proof's included (the port's setPassword).
  await deps.accounts.setPassword(ref, input.newPassword, { temporary: false });
  const fresh = await deps.accounts.signIn(ref, input.newPassword);
  if (fresh.kind !== 'signed-in') throw new Error('A permanent password still asks for a new one');
  return fresh.tokens;
}
