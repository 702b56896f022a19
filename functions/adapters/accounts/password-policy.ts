import { AccountRefused } from '#functions/services/ports/errors.ts';
import { passwordProblem } from '#shared/domain/account-policy.ts';

/**
 * Refuses a password that breaks the shared policy, with its precise French reason. Both
 * providers call it before doing anything, so they refuse exactly the same input (cognito-local
 * enforces no policy at all, and Cognito's own messages are in English).
 */
export function assertPasswordPolicy(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AccountRefused('password-policy', problem);
}
