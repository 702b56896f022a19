import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startS3, type S3Emulator } from '#infra/local/emulators/s3.ts';

const Bucket = 'cerise-imports';
const received: S3Event[] = [];
let failNextHandler = false;
let emulator: S3Emulator;
let s3: S3Client;

beforeAll(async () => {
  emulator = await startS3({
    buckets: [
      {
        name: Bucket,
        onObjectCreated: async (event) => {
          if (failNextHandler) {
            failNextHandler = false;
            throw new Error('import analysis crashed');
          }
          received.push(event);
        },
      },
      { name: 'cerise-files' },
    ],
  });
  s3 = new S3Client({
    endpoint: emulator.endpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
});

afterAll(async () => {
  s3?.destroy();
  await emulator?.stop();
});

beforeEach(() => {
  received.length = 0;
});

const decodeEventKey = (key: string) => decodeURIComponent(key.replace(/\+/g, ' '));

describe('the S3 emulator', () => {
  it('returns an object whose key has spaces and accents exactly as it was put', async () => {
    const Key = '0750001A/imports/1/liste élèves 2026+bis.xml';

    await s3.send(new PutObjectCommand({ Bucket, Key, Body: 'Élise Lefèvre', ContentType: 'text/xml' }));
    const object = await s3.send(new GetObjectCommand({ Bucket, Key }));

    expect(await object.Body?.transformToString()).toBe('Élise Lefèvre');
    expect(object.ContentType).toBe('text/xml');
  });

  it('calls onObjectCreated with an event shaped like AWS, the key URL-encoded as real S3 does', async () => {
    const Key = '0750001A/imports/2/liste élèves 2026+bis.xml';

    await s3.send(new PutObjectCommand({ Bucket, Key, Body: 'données' }));
    await emulator.idle();

    expect(received).toHaveLength(1);
    const record = received[0]!.Records[0]!;
    expect(record.s3.object.key).toBe('0750001A/imports/2/liste+%C3%A9l%C3%A8ves+2026%2Bbis.xml');
    expect(decodeEventKey(record.s3.object.key)).toBe(Key);
    expect(record).toMatchObject({
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      awsRegion: process.env.AWS_REGION ?? 'eu-west-3',
      s3: { bucket: { name: Bucket, arn: `arn:aws:s3:::${Bucket}` }, object: { size: Buffer.byteLength('données') } },
    });
    expect(record.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/);
  });

  it('fires the event for a presigned PUT uploaded with fetch, as a browser would', async () => {
    const Key = '0750001A/imports/3/export siècle.zip';
    const presigner = new S3Client({
      endpoint: emulator.endpoint,
      region: 'eu-west-3',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const url = await getSignedUrl(presigner, new PutObjectCommand({ Bucket, Key, ContentType: 'application/zip' }), { expiresIn: 300 });
    presigner.destroy();

    const response = await fetch(url, { method: 'PUT', body: 'PK\u0003\u0004', headers: { 'content-type': 'application/zip' } });
    await emulator.idle();

    expect(url).not.toContain('x-amz-checksum');
    expect(response.status).toBe(200);
    expect(received.map((event) => decodeEventKey(event.Records[0]!.s3.object.key))).toEqual([Key]);
  });

  it('logs a failing handler as a JSON line and keeps serving', async () => {
    // The integration global setup silences logs for every worker; this test is about the log.
    vi.stubEnv('LOG_LEVEL', 'info');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    failNextHandler = true;

    await s3.send(new PutObjectCommand({ Bucket, Key: 'boom.xml', Body: 'x' }));
    await emulator.idle();
    const logged = stderr.mock.calls.map(([line]) => String(line));
    stderr.mockRestore();
    vi.unstubAllEnvs();

    const entry = JSON.parse(logged.find((line) => line.includes('s3 ObjectCreated handler failed')) ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'error', bucket: Bucket, key: 'boom.xml', errorMessage: 'import analysis crashed' });
    await s3.send(new PutObjectCommand({ Bucket, Key: 'after.xml', Body: 'x' }));
    await emulator.idle();
    expect(received).toHaveLength(1);
  });

  it('calls no handler for a bucket without one', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'cerise-files', Key: 'a.pdf', Body: '%PDF' }));
    await emulator.idle();

    expect(received).toHaveLength(0);
  });

  it('lets a page on a local origin upload, and refuses other origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${emulator.endpoint}/${Bucket}/cors.txt`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
      });

    const local = await preflight('http://localhost:5173');
    const foreign = await preflight('https://evil.example');
    const upload = await fetch(`${emulator.endpoint}/${Bucket}/cors.txt`, { method: 'PUT', body: 'x', headers: { origin: 'http://127.0.0.1:3000' } });
    await emulator.idle();

    // s3rver answers a matched preflight with `*` where S3 echoes the origin; the rule still applies.
    expect(local.status).toBe(200);
    expect(local.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(foreign.status).toBe(403);
    expect(upload.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(upload.headers.get('access-control-expose-headers')).toBe('ETag');
  });
});

describe('stopping the S3 emulator', () => {
  it('frees its port, so a new emulator can take the same port', async () => {
    const first = await startS3({ buckets: [{ name: 'cerise-temp' }] });
    const port = Number(new URL(first.endpoint).port);

    await first.stop();
    const second = await startS3({ port, buckets: [{ name: 'cerise-temp' }] });
    await second.stop();

    expect(second.endpoint).toBe(`http://127.0.0.1:${port}`);
  });
});
