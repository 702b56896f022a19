import { BatchGetCommand, DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ThrottlePort } from '#functions/services/ports/throttle.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { tableName } from './table.ts';

export const throttleStore: ThrottlePort = {
  async failures(throttleKeys, windowStart) {
    const { Responses } = await documentClient().send(
      new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: throttleKeys.map((key) => keys.throttle(key, windowStart)) } } }),
    );
    const found = Responses?.[tableName()] ?? [];
    return throttleKeys.map((key) => {
      const item = found.find((candidate) => candidate.pk === keys.throttle(key, windowStart).pk);
      return typeof item?.failures === 'number' ? item.failures : 0;
    });
  },

  async recordFailure(throttleKeys, windowStart, expiresAt) {
    await Promise.all(
      throttleKeys.map((key) =>
        documentClient().send(
          new UpdateCommand({
            TableName: tableName(),
            Key: keys.throttle(key, windowStart),
            // ADD is atomic, so concurrent failures are all counted.
            UpdateExpression: 'ADD failures :one SET expiresAt = :expiresAt, entity = :entity',
            ExpressionAttributeValues: { ':one': 1, ':expiresAt': expiresAt, ':entity': 'Throttle' },
          }),
        ),
      ),
    );
  },

  async reset(key, windowStart) {
    await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: keys.throttle(key, windowStart) }));
  },
};
