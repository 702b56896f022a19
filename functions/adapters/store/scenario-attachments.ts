import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflict } from '#functions/services/ports/errors.ts';
import { reservationCeiling } from '#shared/domain/attachments.ts';
import type { AttachmentUploadRecord, FileObjectRecord, ScenarioAttachment, ScenarioAttachmentsPort } from '#functions/services/ports/scenario-attachments.ts';
import { documentClient } from './dynamo.ts';
import { keys, staleUploadOf } from './keys.ts';
import { scenarioItem } from './scenarios.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';
import { queryAll } from './users.ts';

/*
 * The quota counter `EST#<uai>` / `QUOTA#v1#<diploma>` keeps `scenarioBytes` (and later
 * `passportBytes`), `reservedBytes` (signed uploads not settled yet) and `totalBytes`, their sum:
 * DynamoDB conditions cannot add, so the reservation is conditional on that one attribute.
 */

type Counts = { scenarioBytes?: number; reservedBytes?: number };

/** An update of the diploma's counter, for a transaction or alone; `totalBytes` follows the others. */
function counterUpdate(uai: string, diploma: string, counts: Counts) {
  const scenario = counts.scenarioBytes ?? 0;
  const reserved = counts.reservedBytes ?? 0;
  return {
    TableName: tableName(),
    Key: keys.quotaCounter(uai, diploma),
    UpdateExpression: 'ADD scenarioBytes :scenario, reservedBytes :reserved, totalBytes :total',
    ExpressionAttributeValues: { ':scenario': scenario, ':reserved': reserved, ':total': scenario + reserved },
  };
}

const transactionCancelled = (error: unknown) => awsErrorName(error) === 'TransactionCanceledException';

/** Runs a transaction; on cancellation, the index of the first action whose condition failed (-1 if none says so). */
async function transact(actions: Record<string, unknown>[]): Promise<{ ok: true } | { ok: false; failedAt: number }> {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: actions as never }));
    return { ok: true };
  } catch (error) {
    if (!transactionCancelled(error)) throw error;
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return { ok: false, failedAt: reasons.findIndex((reason) => reason?.Code === 'ConditionalCheckFailed') };
  }
}

const pendingCondition = {
  ConditionExpression: '#status = :pending',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':pending': 'pending' },
};

function attachmentPut(uai: string, scenarioId: string, attachment: ScenarioAttachment) {
  const { id, name, size, uploadedAt, objectKey } = attachment;
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.scenarioAttachment(uai, scenarioId, id), entity: 'ScenarioAttachment', id, name, size, uploadedAt, objectKey },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

function newObjectPut(uai: string, object: Omit<FileObjectRecord, 'refs'>) {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.fileObject(uai, object.objectKey), entity: 'FileObject', ...object, refs: 1 },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

function objectRefs(uai: string, objectKey: string, delta: number) {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.fileObject(uai, objectKey),
      UpdateExpression: 'ADD refs :delta',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':delta': delta },
    },
  };
}

const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/*
 * A pending upload keeps its deadline in `staleAt`, never in the table's TTL attribute: DynamoDB
 * would delete the item, and with it the only trace of a reservation to release. The daily job
 * finds it through gsi3 instead. A refusal (reservation already released) expires by TTL.
 */
function toUpload(item: Record<string, unknown>): AttachmentUploadRecord {
  const { staleAt, settlingUntil, ...rest } = withoutKeys(item) as Record<string, unknown>;
  return { ...(rest as unknown as AttachmentUploadRecord), expiresAt: number(item.status === 'pending' ? staleAt : item.expiresAt) };
}

export const scenarioAttachmentsStore: ScenarioAttachmentsPort = {
  async list(uai, scenarioId) {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.scenarioPartition(uai, scenarioId) },
      ConsistentRead: true,
    });
    const files = { attachments: [] as ScenarioAttachment[], uploads: [] as AttachmentUploadRecord[] };
    for (const item of items) {
      const sk = String(item.sk);
      if (sk.startsWith('FILE#')) files.attachments.push(withoutKeys(item) as unknown as ScenarioAttachment);
      else if (sk.startsWith('UPLOAD#')) files.uploads.push(toUpload(item));
    }
    files.attachments.sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.id.localeCompare(b.id));
    files.uploads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return files;
  },

  async usage(uai, diploma) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.quotaCounter(uai, diploma), ConsistentRead: true }));
    return { usedBytes: number(Item?.scenarioBytes) + number(Item?.passportBytes), reservedBytes: number(Item?.reservedBytes) };
  },

  async reserve(uai, diploma, bytes, quotaBytes) {
    const ceiling = reservationCeiling(quotaBytes, bytes);
    if (ceiling === null) return false;
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.quotaCounter(uai, diploma),
          UpdateExpression: 'ADD reservedBytes :bytes, totalBytes :bytes',
          ConditionExpression: 'attribute_not_exists(totalBytes) OR totalBytes <= :ceiling',
          ExpressionAttributeValues: { ':bytes': bytes, ':ceiling': ceiling },
        }),
      );
      return true;
    } catch (error) {
      if (awsErrorName(error) === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  },

  async release(uai, diploma, bytes) {
    await documentClient().send(new UpdateCommand(counterUpdate(uai, diploma, { reservedBytes: -bytes })));
  },

  async recordUpload(uai, scenarioId, upload) {
    const { expiresAt: staleAt, ...fields } = upload;
    const item = {
      ...keys.scenarioUpload(uai, scenarioId, upload.id),
      ...keys.staleUploadIndex(uai, scenarioId, upload.id, staleAt),
      entity: 'ScenarioUpload',
      ...fields,
      staleAt,
    };
    await documentClient().send(new PutCommand({ TableName: tableName(), Item: item }));
  },

  async getUpload(uai, scenarioId, uploadId) {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName(), Key: keys.scenarioUpload(uai, scenarioId, uploadId), ConsistentRead: true }),
    );
    return Item ? toUpload(Item) : null;
  },

  async uploadsDue(day) {
    const items = await queryAll({
      TableName: tableName(),
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :due',
      ExpressionAttributeValues: { ':due': keys.duePartition(day) },
    });
    return items.flatMap((item) => {
      const upload = staleUploadOf(String(item.gsi3sk));
      return upload ? [upload] : [];
    });
  },

  async claimUpload(uai, scenarioId, uploadId, nowMs, untilMs) {
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.scenarioUpload(uai, scenarioId, uploadId),
          UpdateExpression: 'SET settlingUntil = :until',
          ConditionExpression: '#status = :pending AND (attribute_not_exists(settlingUntil) OR settlingUntil < :now)',
          ExpressionAttributeNames: pendingCondition.ExpressionAttributeNames,
          ExpressionAttributeValues: { ...pendingCondition.ExpressionAttributeValues, ':until': untilMs, ':now': nowMs },
        }),
      );
      return true;
    } catch (error) {
      if (awsErrorName(error) === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  },

  async settle(uai, scenarioId, upload, realSize, uploadedAt) {
    const result = await transact([
      { Delete: { TableName: tableName(), Key: keys.scenarioUpload(uai, scenarioId, upload.id), ...pendingCondition } },
      { ConditionCheck: { TableName: tableName(), Key: keys.scenario(uai, scenarioId), ConditionExpression: 'attribute_exists(pk)' } },
      attachmentPut(uai, scenarioId, { id: upload.id, name: upload.name, size: realSize, uploadedAt, objectKey: upload.objectKey }),
      newObjectPut(uai, { objectKey: upload.objectKey, diploma: upload.diploma, size: realSize }),
      { Update: counterUpdate(uai, upload.diploma, { reservedBytes: -upload.size, scenarioBytes: realSize }) },
    ]);
    if (result.ok) return 'settled';
    return result.failedAt === 1 ? 'scenario-gone' : 'not-pending';
  },

  async reject(uai, scenarioId, upload, reason) {
    const result = await transact([
      {
        Update: {
          TableName: tableName(),
          Key: keys.scenarioUpload(uai, scenarioId, upload.id),
          // Out of the daily job's index: its reservation is released right here.
          UpdateExpression: 'SET #status = :rejected, reason = :reason, expiresAt = :expires REMOVE staleAt, gsi3pk, gsi3sk',
          ...pendingCondition,
          ExpressionAttributeValues: {
            ...pendingCondition.ExpressionAttributeValues,
            ':rejected': 'rejected',
            ':reason': reason,
            ':expires': upload.expiresAt,
          },
        },
      },
      { Update: counterUpdate(uai, upload.diploma, { reservedBytes: -upload.size }) },
    ]);
    return result.ok;
  },

  async dropUpload(uai, scenarioId, upload) {
    const key = keys.scenarioUpload(uai, scenarioId, upload.id);
    if (upload.status === 'pending')
      return (
        await transact([
          { Delete: { TableName: tableName(), Key: key, ...pendingCondition } },
          { Update: counterUpdate(uai, upload.diploma, { reservedBytes: -upload.size }) },
        ])
      ).ok;
    const { Attributes } = await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: key, ReturnValues: 'ALL_OLD' }));
    return Attributes !== undefined;
  },

  async fileObject(uai, objectKey) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.fileObject(uai, objectKey), ConsistentRead: true }));
    return Item ? { objectKey: String(Item.objectKey), diploma: String(Item.diploma), size: number(Item.size), refs: number(Item.refs) } : null;
  },

  async removeAttachment(uai, scenarioId, attachment) {
    const removed = await transact([
      { Delete: { TableName: tableName(), Key: keys.scenarioAttachment(uai, scenarioId, attachment.id), ConditionExpression: 'attribute_exists(pk)' } },
      objectRefs(uai, attachment.objectKey, -1),
    ]);
    if (!removed.ok) {
      // The object record is gone already (an interrupted removal): the attachment alone goes.
      if (removed.failedAt === 1)
        await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: keys.scenarioAttachment(uai, scenarioId, attachment.id) }));
      return false;
    }
    const object = await this.fileObject(uai, attachment.objectKey);
    if (!object || object.refs > 0) return false;
    // Conditional on no reference: a duplicate sharing it meanwhile keeps it, and two removals release its bytes once.
    const last = await transact([
      {
        Delete: {
          TableName: tableName(),
          Key: keys.fileObject(uai, attachment.objectKey),
          ConditionExpression: 'refs <= :zero',
          ExpressionAttributeValues: { ':zero': 0 },
        },
      },
      { Update: counterUpdate(uai, object.diploma, { scenarioBytes: -object.size }) },
    ]);
    return last.ok;
  },

  async createWithAttachments(scenario, attachments, reservedBytes) {
    const actions: Record<string, unknown>[] = [
      { Put: { TableName: tableName(), Item: scenarioItem(scenario), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    for (const attachment of attachments) {
      actions.push(attachmentPut(scenario.uai, scenario.id, attachment));
      actions.push(
        attachment.copied
          ? newObjectPut(scenario.uai, { objectKey: attachment.objectKey, diploma: scenario.diploma, size: attachment.size })
          : objectRefs(scenario.uai, attachment.objectKey, 1),
      );
    }
    if (reservedBytes > 0)
      actions.push({ Update: counterUpdate(scenario.uai, scenario.diploma, { reservedBytes: -reservedBytes, scenarioBytes: reservedBytes }) });
    const result = await transact(actions);
    if (!result.ok) throw new VersionConflict();
  },
};
