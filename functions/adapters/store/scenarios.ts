import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflict } from '#functions/services/ports/errors.ts';
import type { Scenario, ScenariosPort } from '#functions/services/ports/scenarios.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';
import { queryAll } from './users.ts';

export function scenarioItem(scenario: Scenario) {
  return {
    ...keys.scenario(scenario.uai, scenario.id),
    ...keys.scenariosOfLevel(scenario.uai, scenario.level, scenario.createdAt, scenario.id),
    entity: 'Scenario',
    ...scenario,
  };
}

const toScenario = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Scenario;

const conditionFailed = (error: unknown) => awsErrorName(error) === 'ConditionalCheckFailedException';

/** One item per scenario; its level's listing is gsi1 (a level holds tens to hundreds). */
export const scenariosStore: ScenariosPort = {
  async get(uai, id) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.scenario(uai, id) }));
    return Item ? toScenario(Item) : null;
  },

  async listOfLevel(uai, level) {
    const items = await queryAll({
      TableName: tableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.scenariosOfLevelPartition(uai, level) },
      ScanIndexForward: false,
    });
    return items.map(toScenario);
  },

  async create(scenario) {
    try {
      await documentClient().send(new PutCommand({ TableName: tableName(), Item: scenarioItem(scenario), ConditionExpression: 'attribute_not_exists(pk)' }));
      return scenario;
    } catch (error) {
      if (conditionFailed(error)) throw new VersionConflict();
      throw error;
    }
  },

  async update(scenario, expectedVersion) {
    const next = { ...scenario, version: expectedVersion + 1 };
    try {
      await documentClient().send(
        new PutCommand({
          TableName: tableName(),
          Item: scenarioItem(next),
          ConditionExpression: 'version = :read AND authorId = :author',
          ExpressionAttributeValues: { ':read': expectedVersion, ':author': scenario.authorId },
        }),
      );
      return next;
    } catch (error) {
      if (conditionFailed(error)) throw new VersionConflict();
      throw error;
    }
  },

  async delete(uai, id, authorId) {
    try {
      await documentClient().send(
        new DeleteCommand({
          TableName: tableName(),
          Key: keys.scenario(uai, id),
          ConditionExpression: 'authorId = :author',
          ExpressionAttributeValues: { ':author': authorId },
        }),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  },
};
