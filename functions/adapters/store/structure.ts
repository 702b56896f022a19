import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Division, StructurePort } from '#functions/services/ports/structure.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { tableName, withoutKeys } from './table.ts';
import { queryAll } from './users.ts';

const toDivision = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Division;

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

  async putMany(divisions) {
    for (let index = 0; index < divisions.length; index += 25) {
      let request: Record<string, unknown[]> | undefined = {
        [tableName()]: divisions.slice(index, index + 25).map((division) => ({
          PutRequest: { Item: { ...keys.structure(division.uai, division.code), entity: 'Division', ...division } },
        })),
      };
      // BatchWrite may leave some items unprocessed under load: send them again.
      while (request && Object.keys(request).length > 0) {
        const answer = await documentClient().send(new BatchWriteCommand({ RequestItems: request as never }));
        request = answer.UnprocessedItems as typeof request;
      }
    }
  },
};
