import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable, startDynamo, type DynamoEmulator } from '#infra/local/emulators/dynamodb.ts';
import { LocalStream, type WrittenKey } from '#infra/local/emulators/dynamodb-stream.ts';

const TableName = 'cerise-stream';
let emulator: DynamoEmulator;
let db: DynamoDBDocumentClient;
const written: WrittenKey[] = [];

beforeAll(async () => {
  emulator = await startDynamo({ onItemsWritten: (keys) => written.push(...keys) });
  await ensureTable(emulator.endpoint, TableName);
  db = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: emulator.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }),
  );
});

afterAll(async () => {
  db?.destroy();
  await emulator?.stop();
});

const keysOf = (from: number) => written.slice(from).map(({ pk, sk, removed }) => `${removed ? '-' : '+'}${pk}/${sk}`);

describe('the embedded table stream', () => {
  it('reports the keys of every successful write, in order, and none of a refused one', async () => {
    const from = written.length;
    await db.send(new PutCommand({ TableName, Item: { pk: 'S', sk: 'A', n: 1 } }));
    await db.send(new UpdateCommand({ TableName, Key: { pk: 'S', sk: 'A' }, UpdateExpression: 'SET n = :two', ExpressionAttributeValues: { ':two': 2 } }));
    const refused = await db.send(new PutCommand({ TableName, Item: { pk: 'S', sk: 'A' }, ConditionExpression: 'attribute_not_exists(pk)' })).then(
      () => null,
      (error: Error) => error.name,
    );
    expect(refused).toBe('ConditionalCheckFailedException');
    await db.send(
      new BatchWriteCommand({
        RequestItems: { [TableName]: [{ PutRequest: { Item: { pk: 'S', sk: 'B' } } }, { DeleteRequest: { Key: { pk: 'S', sk: 'A' } } }] },
      }),
    );
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName, Item: { pk: 'S', sk: 'C' } } },
          { Delete: { TableName, Key: { pk: 'S', sk: 'B' } } },
          { ConditionCheck: { TableName, Key: { pk: 'S', sk: 'C0' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
    await db.send(new DeleteCommand({ TableName, Key: { pk: 'S', sk: 'C' } }));
    expect(keysOf(from)).toEqual(['+S/A', '+S/A', '+S/B', '-S/A', '+S/C', '-S/B', '-S/C']);
  });

  it('delivers accepted records in batches, one at a time, retrying a failed batch', async () => {
    const batches: string[][] = [];
    let failures = 1;
    let concurrent = 0;
    const stream = new LocalStream({
      accepts: (key) => key.sk.startsWith('CELL#'),
      deliver: async (event: DynamoDBStreamEvent) => {
        concurrent += 1;
        expect(concurrent).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 5));
        concurrent -= 1;
        if (failures-- > 0) throw new Error('first try fails');
        batches.push(event.Records.map((record) => `${record.eventName} ${record.dynamodb?.Keys?.sk?.S}`));
      },
      batchSize: 2,
      windowMs: 5,
      attempts: 3,
    });
    const key = (sk: string, removed = false) => ({ tableName: TableName, pk: 'E', sk, removed });
    stream.push([key('CELL#1'), key('META#v1'), key('COMMENT#1'), key('CELL#2', true), key('CELL#3')]);
    await stream.idle();
    expect(batches).toEqual([['MODIFY CELL#1', 'REMOVE CELL#2'], ['MODIFY CELL#3']]);
  });
});
