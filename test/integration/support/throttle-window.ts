import { LOGIN_THROTTLE } from '#shared/domain/login-throttle.ts';

const WINDOW_MS = LOGIN_THROTTLE.windowMinutes * 60_000;

/**
 * Failed sign-ins are counted in fixed windows (shared/domain/login-throttle.ts): a test that
 * counts up to a limit and crosses a window's end would see the counters start afresh. Before
 * counting, wait for the next window when fewer than `neededMs` are left in this one.
 */
export async function clearOfWindowEnd(neededMs = 25_000): Promise<void> {
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 250));
}
