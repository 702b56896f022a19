import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Division, StructurePort } from '#functions/services/ports/structure.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';
import { queryAll } from './users.ts';

const toDivision = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Division;

/** Runs `write` for each item, a few at a time (divisions are a few hundred at most). */
async function eachInBatches<T>(items: T[], write: (item: T) => Promise<void>, width = 10): Promise<void> {
  for (let index = 0; index < items.length; index += width) await Promise.all(items.slice(index, index + width).map(write));
}

async function update(uai: string, code: string, set: Record<string, unknown>): Promise<void> {
  const names = Object.keys(set);
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.structure(uai, code),
      UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: Object.fromEntries(names.map((name) => [`:${name}`, set[name]])),
    }),
  );
}

export const structureStore: StructurePort = {
  async list(uai) {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.structurePartition(uai) },
    });
    return items.map(toDivision);
  },

  async get(uai, code) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.structure(uai, code) }));
    return Item ? toDivision(Item) : null;
  },

  createMany: (divisions) =>
    eachInBatches(divisions, async (division) => {
      try {
        await documentClient().send(
          new PutCommand({
            TableName: tableName(),
            Item: { ...keys.structure(division.uai, division.code), entity: 'Division', ...division },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (awsErrorName(error) !== 'ConditionalCheckFailedException') throw error;
      }
    }),

  updateDescriptions: (divisions) =>
    eachInBatches(divisions, ({ uai, code, label, kind, mefCodes, diplomas, divisionCodes, origin, updatedAt }) =>
      update(uai, code, { label, kind, mefCodes, diplomas, divisionCodes, origin, updatedAt }),
    ),

  setCounts: (uai, code, counts) => update(uai, code, { counts }),

  async openParentAccess(uai, code, diploma) {
    if (diploma === null) {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.structure(uai, code),
          UpdateExpression: 'SET parentAccess.#all = :true',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#all': 'all' },
          ExpressionAttributeValues: { ':true': true },
        }),
      );
      return;
    }
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.structure(uai, code),
          UpdateExpression: 'SET parentAccess.diplomas = list_append(parentAccess.diplomas, :diploma)',
          ConditionExpression: 'attribute_exists(pk) AND NOT contains(parentAccess.diplomas, :value)',
          ExpressionAttributeValues: { ':diploma': [diploma], ':value': diploma },
        }),
      );
    } catch (error) {
      // Already open for this diploma: opening is idempotent.
      if (awsErrorName(error) !== 'ConditionalCheckFailedException') throw error;
    }
  },
};
