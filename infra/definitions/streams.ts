/**
 * The table's stream and who reads it, described once for the CDK stack (event source mapping
 * and its filter) and the embedded stack (which hands the same records to the same handler).
 * Keys only: handlers re-read what they need, so a record's size never depends on an item's.
 */
export const RESULTS_STREAM = {
  function: 'results-changed',
  /** Evaluation cells and headers; comments and everything else never wake the handler. */
  sortKeyPrefixes: ['CELL#'],
  sortKeyValues: ['META#v1'],
  batchSize: 100,
  /** Lets a teacher's burst of typing arrive as one batch: one recomputation instead of many. */
  maxBatchingWindowSeconds: 2,
  retryAttempts: 10,
} as const;

/** Whether a written item's key passes the stream's filter (the embedded stack's copy of it). */
export function passesResultsFilter(key: { pk: string; sk: string }): boolean {
  return RESULTS_STREAM.sortKeyValues.some((value) => key.sk === value) || RESULTS_STREAM.sortKeyPrefixes.some((prefix) => key.sk.startsWith(prefix));
}
