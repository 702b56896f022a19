import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureTable, startDynamo, type DynamoEmulator } from '#infra/local/emulators/dynamodb.ts';

const TableName = 'cerise-lifecycle';
const running: DynamoEmulator[] = [];
const folders: string[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function start(options: { dataDir?: string; port?: number } = {}): Promise<DynamoEmulator> {
  const emulator = await startDynamo(options);
  running.push(emulator);
  return emulator;
}

async function stop(emulator: DynamoEmulator): Promise<void> {
  running.splice(running.indexOf(emulator), 1);
  await emulator.stop();
}

function clientFor(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
}

describe('the DynamoDB emulator', () => {
  it('keeps its data in a data folder across a stop and a restart on the same folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cerise-dynamo-test-'));
    folders.push(dataDir);
    const first = await start({ dataDir });
    await ensureTable(first.endpoint, TableName);
    const writer = DynamoDBDocumentClient.from(clientFor(first.endpoint));
    await writer.send(new PutCommand({ TableName, Item: { pk: 'E#0750001A', sk: 'PROFILE', name: 'Lycée Hélène Boucher' } }));
    writer.destroy();

    await stop(first);
    const second = await start({ dataDir });
    await ensureTable(second.endpoint, TableName);
    const reader = DynamoDBDocumentClient.from(clientFor(second.endpoint));
    const { Item } = await reader.send(new GetCommand({ TableName, Key: { pk: 'E#0750001A', sk: 'PROFILE' } }));
    reader.destroy();

    expect(Item).toEqual({ pk: 'E#0750001A', sk: 'PROFILE', name: 'Lycée Hélène Boucher' });
  });

  it('creates the table with its three indexes once, and a second ensureTable changes nothing', async () => {
    const emulator = await start();

    await ensureTable(emulator.endpoint, TableName);
    await ensureTable(emulator.endpoint, TableName);

    const client = clientFor(emulator.endpoint);
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    client.destroy();
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    const indexes = (Table?.GlobalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema?.map((key) => key.AttributeName),
      projection: index.Projection?.ProjectionType,
    }));
    expect(indexes.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual([
      { name: 'gsi1', keys: ['gsi1pk', 'gsi1sk'], projection: 'ALL' },
      { name: 'gsi2', keys: ['gsi2pk', 'gsi2sk'], projection: 'ALL' },
      { name: 'gsi3', keys: ['gsi3pk', 'gsi3sk'], projection: 'KEYS_ONLY' },
    ]);
  });

  it('frees its port on stop, so a new emulator can take the same port', async () => {
    const first = await start();
    await ensureTable(first.endpoint, TableName);
    const port = Number(new URL(first.endpoint).port);

    await stop(first);
    const second = await start({ port });

    expect(second.endpoint).toBe(`http://127.0.0.1:${port}`);
  });
});
