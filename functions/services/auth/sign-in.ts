import { AppError, isAppError } from '#shared/api/errors.ts';
import { isThrottled, minutesUntilRetry, throttleExpiry, throttleWindow } from '#shared/domain/login-throttle.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Tokens } from '../ports/accounts.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { User } from '../ports/users.ts';
import { loadEstablishment, loadSignedInUser } from './load-member.ts';
import { activatePendingAccount } from './activate-pending.ts';

export interface SignInInput {
  uai: string;
  login: string;
  password: string;
  sourceIp: string;
}

export type SignInOutcome =
  | { status: 'signed-in'; tokens: Tokens; user: User; establishment: Establishment }
  | { status: 'new-password-required'; challenge: string };

const loginKey = (input: Pick<SignInInput, 'uai' | 'login'>) => `LOGIN#${input.uai}:${input.login}`;
const addressKey = (sourceIp: string) => `ADDRESS#${sourceIp}`;

/**
 * Signs a user in, throttling failed attempts per login and per address. Throttled attempts
 * are refused before the password is even checked, so guessing gains nothing.
 */
export async function signIn(deps: Dependencies, input: SignInInput): Promise<SignInOutcome> {
  const establishment = await loadEstablishment(deps, input.uai);
  const now = deps.now();
  const window = throttleWindow(now);
  const throttleKeys = [loginKey(input), addressKey(input.sourceIp)];
  const [loginFailures = 0, addressFailures = 0] = await deps.throttle.failures(throttleKeys, window);
  if (isThrottled({ loginFailures, addressFailures })) {
    const minutes = minutesUntilRetry(now);
    throw new AppError('AUTH_THROTTLED', {
      message: `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    });
  }

  let result;
  try {
    const member = await deps.users.findByLogin(input.uai, input.login);
    if (member?.account === 'pending') await activatePendingAccount(deps, member, input.password);
    result = await deps.accounts.signIn({ uai: input.uai, login: input.login }, input.password);
  } catch (error) {
    if (isAppError(error) && error.code === 'AUTH_INVALID_CREDENTIALS') {
      await deps.throttle.recordFailure(throttleKeys, window, throttleExpiry(window));
    }
    throw error;
  }
  await deps.throttle.reset(loginKey(input), window);
  if (result.kind === 'new-password-required') return { status: 'new-password-required', challenge: result.challenge };
  const user = await loadSignedInUser(deps, input.uai, input.login);
  return { status: 'signed-in', tokens: result.tokens, user, establishment };
}
