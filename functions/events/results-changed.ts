import type { DynamoDBStreamEvent } from 'aws-lambda';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createLogger } from '#functions/platform/logger.ts';
import { syncChangedItems } from '#functions/services/results/sync-learner-results.ts';

/**
 * The table's stream (keys only), filtered to evaluation headers and cells: keeps the learners'
 * result slices (pattern 19) in line, a few seconds behind the grid. Saving a cell stays one
 * write for the teacher; this handler pays for the dashboards' one-GetItem reads.
 * Records of one evaluation share a partition key, hence a shard: they arrive in order, one
 * batch at a time, and each slice is recomputed from the stored evaluation, so a retried batch
 * is harmless. A failure throws: the batch is retried (and bisected) by the event source.
 */
export const handler = async (event: DynamoDBStreamEvent) => {
  const log = createLogger({ handler: 'results-changed' });
  const changed = (event.Records ?? []).flatMap((record) => {
    const keys = record.dynamodb?.Keys;
    return keys?.pk?.S && keys.sk?.S ? [{ pk: keys.pk.S, sk: keys.sk.S }] : [];
  });
  const summary = { records: event.Records?.length ?? 0, ...(await syncChangedItems(dependencies(), changed)) };
  log.info('results synced', summary);
  return summary;
};
