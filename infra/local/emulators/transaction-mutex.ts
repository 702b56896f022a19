/**
 * One lock for the whole process: transactions run one at a time, so two transactions can never
 * interleave their checks and writes (what makes login uniqueness hold). Plain requests do not
 * take it; they go straight to dynalite.
 */
let tail: Promise<unknown> = Promise.resolve();

export function withTransactionLock<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work);
  tail = run.catch(() => undefined);
  return run;
}
