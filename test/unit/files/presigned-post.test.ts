import { beforeAll, describe, expect, it } from 'vitest';
import { s3Files } from '#functions/adapters/files/s3-files.ts';
import { checkPostPolicy } from '#infra/local/emulators/s3-post-policy.ts';

type Signed = Awaited<ReturnType<typeof s3Files.presignUpload>>;

const KEY = '0861234A/uploads/ga/scenarios/0f8e2c9a-1b2c-4d5e-8f90-123456789abc/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const keys = { secret: 'S3RVER', now: Date.now() };

function policyOf(signed: Signed): { expiration: string; conditions: unknown[] } {
  return JSON.parse(Buffer.from(signed.fields.Policy!, 'base64').toString('utf8'));
}

let signed: Signed;
let signedAt: number;

beforeAll(async () => {
  // Offline: signing needs credentials and a region, never the network.
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9',
    FILES_BUCKET: 'cerise-files',
  });
  signedAt = Date.now();
  signed = await s3Files.presignUpload('files', KEY, { minBytes: 1234, maxBytes: 1234, contentType: 'application/pdf', expiresSeconds: 900 });
});

describe('the presigned POST the product signs', () => {
  it('takes exactly one key, one size range, one content type, for 15 minutes', () => {
    const policy = policyOf(signed);
    expect(policy.conditions).toEqual(
      expect.arrayContaining([['content-length-range', 1234, 1234], { key: KEY }, { bucket: 'cerise-files' }, { 'Content-Type': 'application/pdf' }]),
    );
    // Nothing else a browser could widen: no starts-with, no other range.
    expect(policy.conditions.filter((condition) => Array.isArray(condition))).toEqual([['content-length-range', 1234, 1234]]);
    const expires = Date.parse(policy.expiration) - signedAt;
    expect(expires).toBeGreaterThan(899_000);
    expect(expires).toBeLessThanOrEqual(901_000);
    expect(signed.fields).toMatchObject({ key: KEY, 'Content-Type': 'application/pdf' });
  });
});

describe('the local emulator’s POST policy check', () => {
  const post = (fields: Record<string, string>, fileSize = 1234, bucket = 'cerise-files') => checkPostPolicy({ bucket, fields, fileSize }, keys);

  it('accepts the form as signed', () => {
    expect(post(signed.fields)).toBeNull();
  });

  it('refuses a larger or smaller file than signed', () => {
    expect(post(signed.fields, 1235)).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(post(signed.fields, 1233)).toMatchObject({ status: 400, code: 'EntityTooSmall' });
  });

  it('refuses another key, content type or bucket', () => {
    expect(post({ ...signed.fields, key: KEY.replace('uploads', 'files') })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(post({ ...signed.fields, 'Content-Type': 'text/html' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(post(signed.fields, 1234, 'cerise-imports')).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('refuses a field the policy does not name, but not x-ignore- ones', () => {
    expect(post({ ...signed.fields, 'Cache-Control': 'public' })).toMatchObject({ status: 403, message: expect.stringContaining('cache-control') });
    expect(post({ ...signed.fields, 'x-ignore-note': 'x' })).toBeNull();
  });

  it('refuses a policy changed after signing, a wrong signature and an expired policy', () => {
    const widened = Buffer.from(Buffer.from(signed.fields.Policy!, 'base64').toString('utf8').replace('1234,1234', '1,99999999')).toString('base64');
    expect(post({ ...signed.fields, Policy: widened }, 5000)).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(post({ ...signed.fields, 'X-Amz-Signature': '0'.repeat(64) })).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(checkPostPolicy({ bucket: 'cerise-files', fields: signed.fields, fileSize: 1234 }, { ...keys, now: Date.now() + 901_000 })).toMatchObject({
      status: 403,
      message: expect.stringContaining('expired'),
    });
    expect(checkPostPolicy({ bucket: 'cerise-files', fields: signed.fields, fileSize: 1234 }, { ...keys, secret: 'other' })).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });
});
