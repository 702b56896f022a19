import { AccountRefused } from '#functions/services/ports/errors.ts';
import { passwordRuleBroken } from '#shared/domain/account-policy.ts';

/**
 * Refuses a password that breaks the shared policy, with the code of the rule it breaks. Both
 * providers call it before doing anything, so they refuse exactly the same input (cognito-local
 * enforces no policy at all, and Cognito's own messages are in English). The rules about the
 * chooser (login, birth date, common passwords) need the user, so the services check them.
 */
export function assertPasswordPolicy(password: string): void {
  const rule = passwordRuleBroken(password);
  if (rule) throw new AccountRefused('password-policy', rule);
}
