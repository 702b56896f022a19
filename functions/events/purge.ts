import type { ScheduledEvent } from 'aws-lambda';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createLogger } from '#functions/platform/logger.ts';
import { releaseStaleUploads } from '#functions/services/scenarios/release-stale-uploads.ts';

/**
 * The daily job (EventBridge in AWS, a timer and `npm run job:purge` locally): releases the quota
 * reserved by attachment uploads that never arrived. Corbeille purge after 3 months and the end of
 * passport and bilan exports for learners who left arrive with the passport and export modules.
 */
export const handler = async (event: Partial<ScheduledEvent> = {}) => {
  const log = createLogger({ job: 'purge' });
  log.info('purge started', { trigger: event.source ?? 'manual', time: event.time ?? new Date().toISOString() });
  const releasedUploads = await releaseStaleUploads(dependencies());
  const summary = { purgedFiches: 0, endedPassportExports: 0, endedBilanExports: 0, releasedUploads };
  log.info('purge finished', summary);
  return summary;
};
