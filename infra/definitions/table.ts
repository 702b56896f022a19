/**
 * The single DynamoDB table, described once for both the CDK stack and the embedded stack.
 * Attribute names are generic; what each index serves is in docs/data-model.md.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Expiry (epoch seconds) of short-lived items: throttle windows, refresh tokens, challenges. */
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    /** Reverse and listing lookups: users of an establishment by profile and name, divisions of a teacher, children of a guardian. */
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' },
    /** External ids and dated lists: INE / SIECLE ids for re-import, leavers by date, evaluations by level and year. */
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'ALL' },
    /** Sparse index of what the daily job must handle, keyed by due date across all establishments. */
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', projection: 'KEYS_ONLY' },
  ],
} as const;

export type IndexName = (typeof TABLE.globalSecondaryIndexes)[number]['indexName'];
