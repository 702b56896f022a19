import { PURGE_SCHEDULE } from '../definitions/functions.ts';

/** Milliseconds from `now` to the next daily run at PURGE_SCHEDULE (UTC), as EventBridge's cron. */
export function msUntilNextRun(now: Date): number {
  const next = new Date(now);
  next.setUTCHours(PURGE_SCHEDULE.hour, PURGE_SCHEDULE.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

/** Calls `run` every day at the scheduled time; the timer never keeps the process alive. */
export function startDailyTimer(run: () => Promise<unknown>): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(() => {
      run().catch((error: unknown) => process.stderr.write(`${JSON.stringify({ level: 'error', message: 'daily job failed', error: String(error) })}\n`));
      arm();
    }, msUntilNextRun(new Date()));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
