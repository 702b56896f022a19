import type { ScheduledEvent } from 'aws-lambda';
import { createLogger } from '#functions/platform/logger.ts';

/**
 * The daily job (EventBridge in AWS, a timer and `npm run job:purge` locally). Its work —
 * corbeille purge after 3 months, end of passport export and of bilan export for learners who
 * left — arrives with the passport and export modules; for now it only reports that it ran.
 */
export const handler = async (event: Partial<ScheduledEvent> = {}) => {
  const log = createLogger({ job: 'purge' });
  log.info('purge started', { trigger: event.source ?? 'manual', time: event.time ?? new Date().toISOString() });
  const summary = { purgedFiches: 0, endedPassportExports: 0, endedBilanExports: 0 };
  log.info('purge finished', summary);
  return summary;
};
