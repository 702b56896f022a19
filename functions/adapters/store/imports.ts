import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflict } from '#functions/services/ports/errors.ts';
import type { ImportRunRecord, ImportsPort } from '#functions/services/ports/imports.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';

const toRun = (item: Record<string, unknown>) => withoutKeys(item) as unknown as ImportRunRecord;

export const importsStore: ImportsPort = {
  async create(run) {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.importRun(run.uai, run.importId), entity: 'ImportRun', ...run },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },

  async get(uai, importId) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.importRun(uai, importId) }));
    return Item ? toRun(Item) : null;
  },

  async list(uai, limit) {
    const { Items } = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.importsPartition(uai) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map(toRun);
  },

  async save(run) {
    const next = { ...run, version: run.version + 1, updatedAt: new Date().toISOString() };
    try {
      await documentClient().send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...keys.importRun(run.uai, run.importId), entity: 'ImportRun', ...next },
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': run.version },
        }),
      );
    } catch (error) {
      if (awsErrorName(error) === 'ConditionalCheckFailedException') throw new VersionConflict();
      throw error;
    }
    return next;
  },

  async setProgress(uai, importId, progress) {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.importRun(uai, importId),
        UpdateExpression: 'SET progress = :progress',
        ExpressionAttributeValues: { ':progress': Math.round(progress) },
      }),
    );
  },
};
