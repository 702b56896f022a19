import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Tokens } from '../ports/accounts.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { User } from '../ports/users.ts';
import { loadEstablishment, loadSignedInUser } from './load-member.ts';
import { activatePendingAccount, isInitialPassword } from './activate-pending.ts';
import { underThrottle } from './password-attempts.ts';

export interface SignInInput {
  uai: string;
  login: string;
  password: string;
  sourceIp: string;
}

export type SignInOutcome =
  { status: 'signed-in'; tokens: Tokens; user: User; establishment: Establishment } | { status: 'new-password-required'; challenge: string };

/**
 * Signs a user in, throttling failed attempts per login at an address and per address
 * (password-attempts.ts). Every wrong password ends in the provider's own password check, even
 * for an imported account that does not exist there yet, so that all failures cost one hash
 * verification and their timing tells nothing (not even which accounts still have their
 * birth-date password).
 */
export async function signIn(deps: Dependencies, input: SignInInput): Promise<SignInOutcome> {
  const establishment = await loadEstablishment(deps, input.uai);
  const rules = { failsOn: ['AUTH_INVALID_CREDENTIALS'] as const, forgetOnSuccess: true };
  const result = await underThrottle(deps, input, rules, async () => {
    const member = await deps.users.findByLogin(input.uai, input.login);
    if (member?.account === 'pending' && isInitialPassword(member, input.password)) await activatePendingAccount(deps, member);
    // A pending account with a wrong password is unknown to the provider: refused like an unknown login, in the same time.
    return deps.accounts.signIn({ uai: input.uai, login: input.login }, input.password);
  });
  if (result.kind === 'new-password-required') return { status: 'new-password-required', challenge: result.challenge };
  const user = await loadSignedInUser(deps, input.uai, input.login);
  return { status: 'signed-in', tokens: result.tokens, user, establishment };
}
