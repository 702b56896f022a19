import type { StorageUsage, StorageUsagePort } from '#functions/services/ports/storage-usage.ts';
import { keys } from './keys.ts';
import { tableName } from './table.ts';
import { queryAll } from './users.ts';

/*
 * The quota counter items (data-model.md, pattern 18), with `passportBytes` and `scenarioBytes`.
 * Scenario attachments keep them (scenario-attachments.ts); the passport's uploads will too.
 */

const bytes = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

export const quotaCountersStore: StorageUsagePort = {
  async list(uai) {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.establishment(uai).pk, ':prefix': keys.quotaCountersPrefix },
    });
    return items.map((item): StorageUsage => ({
      diploma: String(item.sk).slice(keys.quotaCountersPrefix.length),
      passportBytes: bytes(item.passportBytes),
      scenarioBytes: bytes(item.scenarioBytes),
    }));
  },
};
