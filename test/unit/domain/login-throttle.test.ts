import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, isThrottled, minutesUntilRetry, throttleWindow } from '#shared/domain/login-throttle.ts';

describe('login throttling policy', () => {
  it('allows a few typos and locks a login at the limit', () => {
    expect(isThrottled({ loginAtAddressFailures: LOGIN_THROTTLE.maxFailuresPerLoginAtAddress - 1, addressFailures: 0 })).toBe(false);
    expect(isThrottled({ loginAtAddressFailures: LOGIN_THROTTLE.maxFailuresPerLoginAtAddress, addressFailures: 0 })).toBe(true);
    expect(isThrottled({ loginAtAddressFailures: 0, addressFailures: LOGIN_THROTTLE.maxFailuresPerAddress })).toBe(true);
  });

  it('counts in fixed 15-minute windows and tells how long to wait', () => {
    const start = Date.UTC(2026, 10, 29, 8, 0, 0);
    expect(throttleWindow(start + 14 * 60_000)).toBe(start);
    expect(throttleWindow(start + 15 * 60_000)).toBe(start + 15 * 60_000);
    expect(minutesUntilRetry(start + 60_000)).toBe(14);
    expect(minutesUntilRetry(start + 14 * 60_000 + 59_000)).toBe(1);
  });
});
