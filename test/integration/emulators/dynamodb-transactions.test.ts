import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactGetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureTable, startDynamo, type DynamoEmulator } from '#infra/local/emulators/dynamodb.ts';

const TableName = 'cerise-transactions';
let emulator: DynamoEmulator;
let db: DynamoDBDocumentClient;
let run = 0;
/** A fresh partition per test, so tests share one table without seeing each other's items. */
let pk: string;

beforeAll(async () => {
  emulator = await startDynamo({});
  await ensureTable(emulator.endpoint, TableName);
  db = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: emulator.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }),
  );
});

afterAll(async () => {
  db?.destroy();
  await emulator?.stop();
});

beforeEach(() => {
  pk = `T#${++run}`;
});

const read = async (sk: string) => (await db.send(new GetCommand({ TableName, Key: { pk, sk } }))).Item;
const put = (item: Record<string, unknown>) => db.send(new PutCommand({ TableName, Item: { pk, ...item } }));
const transactError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!error) throw new Error('expected the transaction to fail');
  return error as Error & { CancellationReasons?: { Code?: string; Message?: string; Item?: Record<string, unknown> }[] };
};

describe('TransactWriteItems through the shim', () => {
  it('commits every put of a successful transaction', async () => {
    const items = ['A', 'B', 'C'].map((sk) => ({ pk, sk, label: `élève ${sk}` }));

    await db.send(new TransactWriteCommand({ TransactItems: items.map((Item) => ({ Put: { TableName, Item } })) }));

    expect(await Promise.all(['A', 'B', 'C'].map(read))).toEqual(items);
  });

  it('writes nothing when the last action fails its condition, and the SDK reports every reason', async () => {
    await put({ sk: 'EXISTING', version: 1 });
    await put({ sk: 'TAKEN', owner: 'someone' });

    const error = await transactError(
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Update: { TableName, Key: { pk, sk: 'EXISTING' }, UpdateExpression: 'SET version = :two', ExpressionAttributeValues: { ':two': 2 } } },
            { Put: { TableName, Item: { pk, sk: 'NEW', owner: 'me' } } },
            { Put: { TableName, Item: { pk, sk: 'TAKEN', owner: 'me' }, ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      ),
    );

    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.name).toBe('TransactionCanceledException');
    expect(error.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, ConditionalCheckFailed]');
    expect(error.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
    expect(await read('EXISTING')).toEqual({ pk, sk: 'EXISTING', version: 1 });
    expect(await read('NEW')).toBeUndefined();
    expect(await read('TAKEN')).toEqual({ pk, sk: 'TAKEN', owner: 'someone' });
  });

  it('rolls back writes already applied when a later write fails while being applied', async () => {
    await put({ sk: 'EXISTING', version: 1 });
    await put({ sk: 'TEXT', count: 'not a number' });

    const error = await transactError(
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: { pk, sk: 'NEW' } } },
            { Update: { TableName, Key: { pk, sk: 'EXISTING' }, UpdateExpression: 'SET version = :two', ExpressionAttributeValues: { ':two': 2 } } },
            // Passes every pre-check; only applying it reveals the type mismatch.
            {
              Update: {
                TableName,
                Key: { pk, sk: 'TEXT' },
                UpdateExpression: 'SET #c = #c + :one',
                ExpressionAttributeNames: { '#c': 'count' },
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      ),
    );

    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.CancellationReasons?.map((reason) => reason.Code)).toEqual(['None', 'None', 'ValidationError']);
    expect(await read('NEW')).toBeUndefined();
    expect(await read('EXISTING')).toEqual({ pk, sk: 'EXISTING', version: 1 });
    expect(await read('TEXT')).toEqual({ pk, sk: 'TEXT', count: 'not a number' });
  });

  it('applies Update, Delete and ConditionCheck together, with attribute names and values passed through', async () => {
    await put({ sk: 'COUNTER', total: 5 });
    await put({ sk: 'TRASH' });
    await put({ sk: 'ESTABLISHMENT', status: 'open' });

    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName,
              Key: { pk, sk: 'COUNTER' },
              UpdateExpression: 'ADD #total :n SET #by = :who',
              ConditionExpression: '#total < :max',
              ExpressionAttributeNames: { '#total': 'total', '#by': 'updatedBy' },
              ExpressionAttributeValues: { ':n': 3, ':who': 'Zoé', ':max': 10 },
            },
          },
          { Delete: { TableName, Key: { pk, sk: 'TRASH' }, ConditionExpression: 'attribute_exists(pk)' } },
          {
            ConditionCheck: {
              TableName,
              Key: { pk, sk: 'ESTABLISHMENT' },
              ConditionExpression: '#s = :open',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':open': 'open' },
            },
          },
        ],
      }),
    );

    expect(await read('COUNTER')).toEqual({ pk, sk: 'COUNTER', total: 8, updatedBy: 'Zoé' });
    expect(await read('TRASH')).toBeUndefined();
    expect(await read('ESTABLISHMENT')).toEqual({ pk, sk: 'ESTABLISHMENT', status: 'open' });
  });

  it('cancels on a failed ConditionCheck and returns the current item when asked to', async () => {
    await put({ sk: 'ESTABLISHMENT', status: 'closed' });
    await put({ sk: 'TRASH' });

    const error = await transactError(
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: { TableName, Key: { pk, sk: 'TRASH' } } },
            {
              ConditionCheck: {
                TableName,
                Key: { pk, sk: 'ESTABLISHMENT' },
                ConditionExpression: '#s = :open',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':open': 'open' },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
          ],
        }),
      ),
    );

    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.CancellationReasons?.[1]?.Code).toBe('ConditionalCheckFailed');
    expect(error.CancellationReasons?.[1]?.Item).toEqual({ pk: { S: pk }, sk: { S: 'ESTABLISHMENT' }, status: { S: 'closed' } });
    expect(await read('TRASH')).toEqual({ pk, sk: 'TRASH' });
  });

  it('refuses a transaction that names the same item twice, like DynamoDB', async () => {
    const error = await transactError(
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: { pk, sk: 'TWICE', n: 1 } } },
            { Update: { TableName, Key: { pk, sk: 'TWICE' }, UpdateExpression: 'SET n = :two', ExpressionAttributeValues: { ':two': 2 } } },
          ],
        }),
      ),
    );

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Transaction request cannot include multiple operations on one item');
    expect(await read('TWICE')).toBeUndefined();
  });

  it('refuses more than 100 actions', async () => {
    const TransactItems = Array.from({ length: 101 }, (_, index) => ({ Put: { TableName, Item: { pk, sk: `N${index}` } } }));

    const error = await transactError(db.send(new TransactWriteCommand({ TransactItems })));

    expect(error.name).toBe('ValidationException');
    expect(await read('N0')).toBeUndefined();
  });

  it('refuses a malformed expression before writing anything', async () => {
    const error = await transactError(
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: { pk, sk: 'FIRST' } } },
            { Put: { TableName, Item: { pk, sk: 'SECOND' }, ConditionExpression: 'attribute_not_exists(' } },
          ],
        }),
      ),
    );

    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/^Invalid ConditionExpression/);
    expect(await read('FIRST')).toBeUndefined();
  });

  it('lets exactly one of many concurrent transactions claim the same login', async () => {
    const attempts = Array.from({ length: 12 }, (_, user) =>
      db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: { pk, sk: 'LOGIN#jdupont', user }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName, Item: { pk, sk: `USER#${user}`, login: 'jdupont' } } },
          ],
        }),
      ),
    );

    const outcomes = await Promise.allSettled(attempts);

    const winners = outcomes.flatMap((outcome, user) => (outcome.status === 'fulfilled' ? [user] : []));
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected').every((outcome) => outcome.reason instanceof TransactionCanceledException)).toBe(true);
    expect(await read('LOGIN#jdupont')).toEqual({ pk, sk: 'LOGIN#jdupont', user: winners[0] });
    const users = await Promise.all(Array.from({ length: 12 }, (_, user) => read(`USER#${user}`)));
    expect(users.filter(Boolean)).toEqual([{ pk, sk: `USER#${winners[0]}`, login: 'jdupont' }]);
  });

  it('keeps serving plain writes while a transaction is running', async () => {
    const TransactItems = Array.from({ length: 100 }, (_, index) => ({ Put: { TableName, Item: { pk, sk: `BULK#${index}` } } }));

    const [, ...plain] = await Promise.all([
      db.send(new TransactWriteCommand({ TransactItems })),
      ...Array.from({ length: 10 }, (_, index) => put({ sk: `PLAIN#${index}` })),
    ]);

    expect(plain).toHaveLength(10);
    expect(await read('BULK#99')).toEqual({ pk, sk: 'BULK#99' });
    expect(await read('PLAIN#9')).toEqual({ pk, sk: 'PLAIN#9' });
  });
});

describe('TransactGetItems through the shim', () => {
  it('reads several items at once, with an empty response for a missing one', async () => {
    await put({ sk: 'A', name: 'Amélie', secret: 'x' });
    await put({ sk: 'B', name: 'Bruno' });

    const { Responses } = await db.send(
      new TransactGetCommand({
        TransactItems: [
          { Get: { TableName, Key: { pk, sk: 'A' }, ProjectionExpression: '#n', ExpressionAttributeNames: { '#n': 'name' } } },
          { Get: { TableName, Key: { pk, sk: 'MISSING' } } },
          { Get: { TableName, Key: { pk, sk: 'B' } } },
        ],
      }),
    );

    expect(Responses).toEqual([{ Item: { name: 'Amélie' } }, {}, { Item: { pk, sk: 'B', name: 'Bruno' } }]);
  });

  it('refuses the same item twice', async () => {
    const error = await transactError(
      db.send(new TransactGetCommand({ TransactItems: [{ Get: { TableName, Key: { pk, sk: 'A' } } }, { Get: { TableName, Key: { sk: 'A', pk } } }] })),
    );

    expect(error.name).toBe('ValidationException');
  });
});
