import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EvaluationSlice } from '#shared/domain/learner-results.ts';
import type { LearnerResultsPort } from '#functions/services/ports/learner-results.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName } from './table.ts';

/**
 * Pattern 19: one item per learner, one top-level attribute per evaluation, so that a slice is
 * set or removed by one UpdateItem without reading the others (no read-modify-write race).
 */
export const learnerResultsStore: LearnerResultsPort = {
  async setEvaluationSlice(uai, learnerId, evaluationId, slice) {
    const names = { '#slice': keys.learnerResultsAttribute(evaluationId) };
    try {
      await documentClient().send(
        slice
          ? new UpdateCommand({
              TableName: tableName(),
              Key: keys.learnerResults(uai, learnerId),
              UpdateExpression: 'SET #slice = :slice, entity = :entity',
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: { ':slice': slice, ':entity': 'LearnerResults' },
            })
          : // Removing from an item that does not exist would create an empty one: only if it exists.
            new UpdateCommand({
              TableName: tableName(),
              Key: keys.learnerResults(uai, learnerId),
              UpdateExpression: 'REMOVE #slice',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: names,
            }),
      );
    } catch (error) {
      if (awsErrorName(error) !== 'ConditionalCheckFailedException') throw error;
    }
  },

  async get(uai, learnerId) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.learnerResults(uai, learnerId) }));
    const slices: Record<string, EvaluationSlice> = {};
    for (const [name, value] of Object.entries(Item ?? {})) {
      if (name.startsWith(keys.learnerResultsAttributePrefix)) slices[name.slice(keys.learnerResultsAttributePrefix.length)] = value as EvaluationSlice;
    }
    return slices;
  },
};
