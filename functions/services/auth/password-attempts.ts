import { AppError, isAppError, type ErrorCode } from '#shared/api/errors.ts';
import { isThrottled, minutesUntilRetry, throttleExpiry, throttleWindow } from '#shared/domain/login-throttle.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { isAccountRefused } from '../ports/errors.ts';

/** Someone trying a password for a login, from an address. */
export interface PasswordAttempt {
  uai: string;
  login: string;
  sourceIp: string;
}

export interface AttemptRules {
  /** The refusals that count as a failed guess. */
  failsOn: readonly ErrorCode[];
  /** Whether success forgets this login's failures from this address (only a proven password does). */
  forgetOnSuccess: boolean;
}

// The login is counted per address (shared/domain/login-throttle.ts): failures elsewhere never lock its user out.
const loginAtAddressKey = (attempt: PasswordAttempt) => `LOGIN#${attempt.uai}:${attempt.login}@${attempt.sourceIp}`;
const addressKey = (attempt: PasswordAttempt) => `ADDRESS#${attempt.sourceIp}`;

/**
 * Runs a password check under the sign-in throttle: refused before the check once throttled (so
 * guessing gains nothing), counted when it fails with one of `failsOn`, and forgiven when it
 * succeeds. Sign-in, the current password of Mon compte and the first-sign-in step share it, so
 * none of them is a way around the others' limit.
 */
export async function underThrottle<T>(deps: Dependencies, attempt: PasswordAttempt, rules: AttemptRules, check: () => Promise<T>): Promise<T> {
  const now = deps.now();
  const window = throttleWindow(now);
  const keys = [loginAtAddressKey(attempt), addressKey(attempt)];
  const [loginAtAddressFailures = 0, addressFailures = 0] = await deps.throttle.failures(keys, window);
  if (isThrottled({ loginAtAddressFailures, addressFailures })) {
    throw new AppError('AUTH_THROTTLED', { params: { minutes: minutesUntilRetry(now) } });
  }
  let result: T;
  try {
    result = await check();
  } catch (error) {
    const code = refusalCode(error);
    if (code && rules.failsOn.includes(code)) await deps.throttle.recordFailure(keys, window, throttleExpiry(window));
    throw error;
  }
  if (rules.forgetOnSuccess) await deps.throttle.reset(loginAtAddressKey(attempt), window);
  return result;
}

/** The catalogue code of a refusal: the services' own, or the provider's wrong password. */
function refusalCode(error: unknown): ErrorCode | null {
  if (isAppError(error)) return error.code;
  if (isAccountRefused(error, 'invalid-credentials')) return 'AUTH_INVALID_CREDENTIALS';
  return null;
}
