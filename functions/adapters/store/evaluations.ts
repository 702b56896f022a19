import { BatchWriteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflict } from '#functions/services/ports/errors.ts';
import type { Cell, Comment, Evaluation, EvaluationsPort, LearnerEvaluationRef, StoredGrid, WriteOutcome } from '#functions/services/ports/evaluations.ts';
import { documentClient } from './dynamo.ts';
import { evaluationItemOf, keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';
import { queryAll } from './users.ts';

function evaluationItem(evaluation: Evaluation) {
  return {
    ...keys.evaluation(evaluation.uai, evaluation.id),
    ...keys.evaluationsOfTeacher(evaluation.uai, evaluation.authorId, evaluation.schoolYear, evaluation.date, evaluation.id),
    ...keys.evaluationsOfYear(evaluation.uai, evaluation.schoolYear, evaluation.date, evaluation.id),
    entity: 'Evaluation',
    ...evaluation,
  };
}

function refItem(evaluation: Evaluation, learnerId: string) {
  const ref: LearnerEvaluationRef = {
    evaluationId: evaluation.id,
    title: evaluation.title,
    date: evaluation.date,
    diploma: evaluation.diploma,
    authorName: evaluation.authorName,
  };
  return { ...keys.learnerEvaluation(evaluation.uai, learnerId, evaluation.date, evaluation.id), entity: 'LearnerEvaluation', ...ref };
}

/** The learners' references an evaluation implies: one per learner while it is visible, none otherwise. */
const refsOf = (evaluation: Evaluation | null) => (evaluation?.visible ? evaluation.learners.map((learner) => refItem(evaluation, learner.id)) : []);

const refKey = (item: { pk: string; sk: string }) => `${item.pk}|${item.sk}`;

const toEvaluation = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Evaluation;
const toCell = (item: Record<string, unknown>): Cell => ({
  learnerId: item.learnerId as string,
  itemId: item.itemId as string,
  code: (item.code as Cell['code']) ?? null,
  version: item.version as number,
  updatedAt: item.updatedAt as string,
  updatedBy: item.updatedBy as string,
});
const toComment = (item: Record<string, unknown>): Comment => ({
  learnerId: item.learnerId as string,
  text: (item.text as string) ?? '',
  version: item.version as number,
  updatedAt: item.updatedAt as string,
  updatedBy: item.updatedBy as string,
});

const conditionFailed = (error: unknown) => awsErrorName(error) === 'ConditionalCheckFailedException';
const transactionCancelled = (error: unknown) => awsErrorName(error) === 'TransactionCanceledException';

/** Puts and deletes of references that take the learners from `previous`'s references to `next`'s. */
function refActions(previous: Evaluation | null, next: Evaluation | null) {
  const before = new Map(refsOf(previous).map((item) => [refKey(item), item]));
  const after = new Map(refsOf(next).map((item) => [refKey(item), item]));
  const changed = previous && next && (previous.title !== next.title || previous.authorName !== next.authorName);
  const actions: Record<string, unknown>[] = [];
  for (const [key, item] of before) if (!after.has(key)) actions.push({ Delete: { TableName: tableName(), Key: { pk: item.pk, sk: item.sk } } });
  for (const [key, item] of after) if (!before.has(key) || changed) actions.push({ Put: { TableName: tableName(), Item: item } });
  return actions;
}

async function transact(actions: Record<string, unknown>[]): Promise<boolean> {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: actions as never }));
    return true;
  } catch (error) {
    if (transactionCancelled(error)) return false;
    throw error;
  }
}

async function batchDelete(itemKeys: { pk: string; sk: string }[]): Promise<void> {
  for (let index = 0; index < itemKeys.length; index += 25) {
    let requests = itemKeys.slice(index, index + 25).map((Key) => ({ DeleteRequest: { Key } }));
    while (requests.length > 0) {
      const result = await documentClient().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
      requests = (result.UnprocessedItems?.[tableName()] ?? []) as typeof requests;
    }
  }
}

/** Sets or clears a cell's code (or a comment's text) and moves its version on, in one UpdateItem. */
async function conditionalUpdate(key: { pk: string; sk: string }, fields: Record<string, unknown>, expectedVersion: number | null): Promise<number | null> {
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':next': (expectedVersion ?? 0) + 1 };
  const sets = ['#version = :next'];
  const removes: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    names[`#${name}`] = name;
    if (value === null) removes.push(`#${name}`);
    else {
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
  }
  if (expectedVersion !== null) values[':seen'] = expectedVersion;
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: expectedVersion === null ? 'attribute_not_exists(pk)' : '#version = :seen',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return (expectedVersion ?? 0) + 1;
  } catch (error) {
    if (conditionFailed(error)) return null;
    throw error;
  }
}

/**
 * An evaluation is one partition (pattern 12): its `META#v1`, one item per result and per
 * comment. Visible evaluations also have one reference per learner in the learner's partition.
 */
export const evaluationsStore: EvaluationsPort = {
  itemOf: evaluationItemOf,

  async get(uai, id) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.evaluation(uai, id), ConsistentRead: true }));
    return Item ? toEvaluation(Item) : null;
  },

  async grid(uai, id) {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.evaluationPartition(uai, id) },
      ConsistentRead: true,
    });
    const meta = items.find((item) => item.sk === keys.evaluation(uai, id).sk);
    if (!meta) return null;
    const grid: StoredGrid = { evaluation: toEvaluation(meta), cells: [], comments: [] };
    for (const item of items) {
      const sk = item.sk as string;
      if (sk.startsWith('CELL#')) grid.cells.push(toCell(item));
      else if (sk.startsWith('COMMENT#')) grid.comments.push(toComment(item));
    }
    return grid;
  },

  async listOfTeacher(uai, authorId, schoolYear) {
    const items = await queryAll({
      TableName: tableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.evaluationsOfTeacherPartition(uai, authorId, schoolYear) },
      ScanIndexForward: false,
    });
    return items.map(toEvaluation);
  },

  async create(evaluation) {
    const ok = await transact([
      { Put: { TableName: tableName(), Item: evaluationItem(evaluation), ConditionExpression: 'attribute_not_exists(pk)' } },
      ...refActions(null, evaluation),
    ]);
    if (!ok) throw new VersionConflict();
  },

  async replace(previous, next) {
    return transact([
      {
        Put: {
          TableName: tableName(),
          Item: evaluationItem(next),
          ConditionExpression: 'version = :read AND authorId = :author',
          ExpressionAttributeValues: { ':read': previous.version, ':author': previous.authorId },
        },
      },
      ...refActions(previous, next),
    ]);
  },

  async delete(evaluation) {
    // References first: a learner never keeps a link to an evaluation that is gone.
    await batchDelete(refsOf(evaluation).map((item) => ({ pk: item.pk, sk: item.sk })));
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.evaluation(evaluation.uai, evaluation.id),
          UpdateExpression: 'SET deleting = :yes',
          ConditionExpression: 'authorId = :author',
          ExpressionAttributeValues: { ':yes': true, ':author': evaluation.authorId },
        }),
      );
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.evaluationPartition(evaluation.uai, evaluation.id) },
      ProjectionExpression: 'pk, sk',
      ConsistentRead: true,
    });
    // META last: until it is gone, a retried delete finds what is left.
    const meta = keys.evaluation(evaluation.uai, evaluation.id);
    await batchDelete(items.map((item) => ({ pk: item.pk as string, sk: item.sk as string })).filter((key) => key.sk !== meta.sk));
    await batchDelete([meta]);
    return true;
  },

  async saveCell(uai, evaluationId, cell, expectedVersion) {
    const version = await conditionalUpdate(
      keys.evaluationCell(uai, evaluationId, cell.learnerId, cell.itemId),
      { entity: 'EvaluationCell', learnerId: cell.learnerId, itemId: cell.itemId, code: cell.code, updatedAt: cell.updatedAt, updatedBy: cell.updatedBy },
      expectedVersion,
    );
    return version === null ? ({ ok: false } as WriteOutcome<Cell>) : { ok: true, value: { ...cell, version } };
  },

  async fillCell(uai, evaluationId, cell) {
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.evaluationCell(uai, evaluationId, cell.learnerId, cell.itemId),
          UpdateExpression: 'SET entity = :entity, learnerId = :learner, itemId = :item, code = :code, updatedAt = :at, updatedBy = :by ADD #version :one',
          ConditionExpression: 'attribute_not_exists(code)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: {
            ':entity': 'EvaluationCell',
            ':learner': cell.learnerId,
            ':item': cell.itemId,
            ':code': cell.code,
            ':at': cell.updatedAt,
            ':by': cell.updatedBy,
            ':one': 1,
          },
        }),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  },

  async getCell(uai, evaluationId, learnerId, itemId) {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName(), Key: keys.evaluationCell(uai, evaluationId, learnerId, itemId), ConsistentRead: true }),
    );
    return Item ? toCell(Item) : null;
  },

  async saveComment(uai, evaluationId, comment, expectedVersion) {
    const version = await conditionalUpdate(
      keys.evaluationComment(uai, evaluationId, comment.learnerId),
      { entity: 'EvaluationComment', learnerId: comment.learnerId, text: comment.text || null, updatedAt: comment.updatedAt, updatedBy: comment.updatedBy },
      expectedVersion,
    );
    return version === null ? ({ ok: false } as WriteOutcome<Comment>) : { ok: true, value: { ...comment, version } };
  },

  async getComment(uai, evaluationId, learnerId) {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName(), Key: keys.evaluationComment(uai, evaluationId, learnerId), ConsistentRead: true }),
    );
    return Item ? toComment(Item) : null;
  },

  async cellsOfLearner(uai, evaluationId, learnerId) {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.evaluationPartition(uai, evaluationId), ':prefix': keys.evaluationCellsOfLearnerPrefix(learnerId) },
      // The results stream reads right after a write: it must see that write.
      ConsistentRead: true,
    });
    return items.map(toCell);
  },

  async ofLearner(uai, evaluationId, learnerId) {
    const [cells, comment] = await Promise.all([
      evaluationsStore.cellsOfLearner(uai, evaluationId, learnerId),
      evaluationsStore.getComment(uai, evaluationId, learnerId),
    ]);
    return { cells, comment };
  },

  async refsOfLearner(uai, learnerId) {
    const { pk } = keys.learnerEvaluation(uai, learnerId, '', '');
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.learnerEvaluationsPrefix },
      ScanIndexForward: false,
    });
    return items.map((item) => ({
      evaluationId: item.evaluationId as string,
      title: item.title as string,
      date: item.date as string,
      diploma: item.diploma as string,
      authorName: item.authorName as string,
    }));
  },
};
