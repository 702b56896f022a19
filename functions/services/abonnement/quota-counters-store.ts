import { queryAll } from '#functions/adapters/store/users.ts';
import { tableName } from '#functions/adapters/store/table.ts';
import type { StorageUsage, StorageUsagePort } from './storage-usage.ts';

/*
 * The quota counter items (data-model.md, pattern 18): pk `EST#<uai>`, sk `QUOTA#<diploma>`, with
 * `passportBytes` and `scenarioBytes`. Attachments do not exist yet, so nothing writes them; this
 * reader is here until the key builder joins `adapters/store/keys.ts` and this adapter moves to
 * `adapters/store/`, behind `dependencies()`.
 */
const QUOTA_PREFIX = 'QUOTA#';
const partition = (uai: string) => `EST#${uai}`;

const bytes = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

export const quotaCountersStore: StorageUsagePort = {
  async list(uai) {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition(uai), ':prefix': QUOTA_PREFIX },
    });
    return items.map(
      (item): StorageUsage => ({
        diploma: String(item.sk).slice(QUOTA_PREFIX.length),
        passportBytes: bytes(item.passportBytes),
        scenarioBytes: bytes(item.scenarioBytes),
      }),
    );
  },
};
