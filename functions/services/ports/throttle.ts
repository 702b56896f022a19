/** Counters of failed sign-ins in fixed time windows (see shared/domain/login-throttle.ts). */
export interface ThrottlePort {
  /** Failures recorded for each key in the window; missing keys count 0. */
  failures(keys: string[], windowStart: number): Promise<number[]>;
  recordFailure(keys: string[], windowStart: number, expiresAt: number): Promise<void>;
  /** Forgets a key's failures (after a successful sign-in). */
  reset(key: string, windowStart: number): Promise<void>;
}
