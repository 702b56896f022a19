/**
 * Throttling of failed password checks (sign-ins, and the current password of Mon compte), in
 * fixed windows. A login is locked *from one address* after 5 failures in 15 minutes (a typo or
 * two is fine, a guessing script is not); an address after 30, since a whole class may sign in
 * from one school IP. Counting a login per address, not alone, means that someone failing from
 * elsewhere (five addresses, five wrong guesses) cannot lock its rightful user out.
 */
export const LOGIN_THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerLoginAtAddress: 5,
  maxFailuresPerAddress: 30,
} as const;

const WINDOW_MS = LOGIN_THROTTLE.windowMinutes * 60_000;

/** Start (epoch ms) of the window that contains `now`. */
export function throttleWindow(now: number): number {
  return Math.floor(now / WINDOW_MS) * WINDOW_MS;
}

/** When the window's counters may be forgotten (epoch seconds, for the table's TTL). */
export function throttleExpiry(windowStart: number): number {
  return Math.ceil((windowStart + WINDOW_MS) / 1000) + 60;
}

/** Minutes until the window ends, rounded up: what the locked user is told to wait. */
export function minutesUntilRetry(now: number): number {
  return Math.max(1, Math.ceil((throttleWindow(now) + WINDOW_MS - now) / 60_000));
}

/**
 * Whether another attempt is refused, given the failures already counted in this window for
 * this login from this address, and for this address whatever the login.
 * @example isThrottled({ loginAtAddressFailures: 5, addressFailures: 0 }) // true
 */
export function isThrottled(counts: { loginAtAddressFailures: number; addressFailures: number }): boolean {
  return counts.loginAtAddressFailures >= LOGIN_THROTTLE.maxFailuresPerLoginAtAddress || counts.addressFailures >= LOGIN_THROTTLE.maxFailuresPerAddress;
}
