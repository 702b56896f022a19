import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureTable, startDynamo, type DynamoEmulator } from '#infra/local/emulators/dynamodb.ts';
import { awsEnvironment } from '#infra/local/emulators/environment.ts';
import { startS3, type S3Emulator } from '#infra/local/emulators/s3.ts';
import { readEmails, startSes, type SesEmulator } from '#infra/local/emulators/ses.ts';

let dynamo: DynamoEmulator;
let s3: S3Emulator;
let ses: SesEmulator;

beforeAll(async () => {
  [dynamo, s3, ses] = await Promise.all([startDynamo({}), startS3({ buckets: [{ name: 'cerise-files' }] }), startSes({})]);
  await ensureTable(dynamo.endpoint, 'cerise');
  for (const [name, value] of Object.entries(awsEnvironment({ dynamodb: dynamo.endpoint, s3: s3.endpoint, ses: ses.endpoint }))) {
    vi.stubEnv(name, value);
  }
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([dynamo?.stop(), s3?.stop(), ses?.stop()]);
});

describe('the AWS environment of the embedded stack', () => {
  it('lets clients built exactly as in Lambda reach all three emulators', async () => {
    const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
    const files = new S3Client({ forcePathStyle: !!process.env.AWS_ENDPOINT_URL_S3 });
    const mail = new SESv2Client({});

    await db.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'cerise', Item: { pk: 'E#1', sk: 'PROFILE' } } }] }));
    await files.send(new PutObjectCommand({ Bucket: 'cerise-files', Key: 'a b.txt', Body: 'é' }));
    await mail.send(
      new SendEmailCommand({
        FromEmailAddress: 'cerise@example.fr',
        Destination: { ToAddresses: ['x@example.fr'] },
        Content: { Simple: { Subject: { Data: 'Sujet' }, Body: { Text: { Data: 'Corps' } } } },
      }),
    );

    expect((await db.send(new GetCommand({ TableName: 'cerise', Key: { pk: 'E#1', sk: 'PROFILE' } }))).Item).toEqual({ pk: 'E#1', sk: 'PROFILE' });
    expect(await (await files.send(new GetObjectCommand({ Bucket: 'cerise-files', Key: 'a b.txt' }))).Body?.transformToString()).toBe('é');
    expect((await readEmails(ses.endpoint, { to: 'x@example.fr' })).map((email) => email.subject)).toEqual(['Sujet']);
    db.destroy();
    files.destroy();
    mail.destroy();
  });
});
