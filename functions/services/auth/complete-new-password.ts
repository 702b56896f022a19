import { AppError } from '#shared/api/errors.ts';
import { chosenPasswordRuleBroken } from '#shared/domain/account-policy.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Tokens } from '../ports/accounts.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { User } from '../ports/users.ts';
import { loadEstablishment, loadSignedInUser } from './load-member.ts';
import { underThrottle } from './password-attempts.ts';

/**
 * Second step of a first sign-in: the initial password is replaced before anything else, by one
 * the user chooses (chosenPasswordRuleBroken). Refusing the birth date would tell whoever sends
 * a forged challenge that a date is someone's birth date (and so, maybe, their initial password):
 * that refusal counts as a failed sign-in, so it reveals no more than guessing at sign-in would.
 */
export async function completeNewPassword(
  deps: Dependencies,
  input: { uai: string; login: string; challenge: string; newPassword: string; sourceIp: string },
): Promise<{ tokens: Tokens; user: User; establishment: Establishment }> {
  const establishment = await loadEstablishment(deps, input.uai);
  const member = await deps.users.findByLogin(input.uai, input.login);
  const rules = { failsOn: ['PASSWORD_IS_BIRTH_DATE'] as const, forgetOnSuccess: false };
  const tokens = await underThrottle(deps, input, rules, async () => {
    const rule = chosenPasswordRuleBroken(input.newPassword, { login: input.login, birthDate: member?.birthDate });
    if (rule) throw new AppError(rule);
    return deps.accounts.completeNewPassword({ uai: input.uai, login: input.login }, input.challenge, input.newPassword);
  });
  const user = await loadSignedInUser(deps, input.uai, input.login);
  return { tokens, user, establishment };
}
