import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What S3 checks on a browser POST upload and s3rver does not: the SigV4 signature of the policy,
 * its expiry, and that every form field and the file's size meet its conditions (exact values,
 * `starts-with`, `content-length-range`). The embedded stack runs this in front of s3rver, so a
 * policy the product signs too widely, or a form altered by the browser, fails locally as in AWS.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
 */

export interface PostRefusal {
  status: 400 | 403;
  code: 'AccessDenied' | 'EntityTooLarge' | 'EntityTooSmall' | 'InvalidPolicyDocument' | 'SignatureDoesNotMatch';
  message: string;
}

export interface PostUpload {
  bucket: string;
  /** The form's fields, names as sent (S3 compares them case-insensitively). */
  fields: Record<string, string>;
  fileSize: number;
}

type Condition = Record<string, string> | [string, string, string] | ['content-length-range', number, number];

/** Fields S3 does not require the policy to name. */
const UNCOVERED = new Set(['policy', 'x-amz-signature', 'file']);

const refusal = (status: PostRefusal['status'], code: PostRefusal['code'], message: string): PostRefusal => ({ status, code, message });
const denied = (message: string) => refusal(403, 'AccessDenied', `Invalid according to Policy: ${message}`);

/**
 * The refusal S3 would answer for this upload, or null when it would store it.
 * @example checkPostPolicy({ bucket: 'b', fields, fileSize: 10 }, { secret: 'S3RVER', now: Date.now() }) // null
 */
export function checkPostPolicy(upload: PostUpload, keys: { secret: string; now: number }): PostRefusal | null {
  const fields = new Map(Object.entries(upload.fields).map(([name, value]) => [name.toLowerCase(), value]));
  const policy = fields.get('policy');
  if (!policy) return denied('no policy');
  const signed = signatureRefusal(fields, policy, keys.secret);
  if (signed) return signed;

  let document: { expiration?: string; conditions?: Condition[] };
  try {
    document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'));
  } catch {
    return refusal(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.');
  }
  const expiration = Date.parse(document.expiration ?? '');
  if (!Number.isFinite(expiration) || !Array.isArray(document.conditions))
    return refusal(400, 'InvalidPolicyDocument', 'Invalid Policy: expiration and conditions are required.');
  if (expiration <= keys.now) return denied('Policy expired.');

  const values = new Map(fields);
  values.set('bucket', upload.bucket);
  const covered = new Set<string>();
  for (const condition of document.conditions) {
    const problem = conditionRefusal(condition, values, upload.fileSize, covered);
    if (problem) return problem;
  }
  for (const name of fields.keys()) {
    if (!UNCOVERED.has(name) && !name.startsWith('x-ignore-') && !covered.has(name)) return denied(`Extra input fields: ${name}`);
  }
  return null;
}

function conditionRefusal(condition: Condition, values: Map<string, string>, fileSize: number, covered: Set<string>): PostRefusal | null {
  if (Array.isArray(condition)) {
    const [operator, subject, expected] = condition;
    if (operator === 'content-length-range') {
      if (fileSize < Number(subject)) return refusal(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size');
      if (fileSize > Number(expected)) return refusal(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      return null;
    }
    const name = String(subject).replace(/^\$/, '').toLowerCase();
    covered.add(name);
    const value = values.get(name) ?? '';
    if (operator === 'eq' && value === expected) return null;
    if (operator === 'starts-with' && value.startsWith(String(expected))) return null;
    return denied(`Policy Condition failed: ["${operator}", "$${name}", "${expected}"]`);
  }
  for (const [rawName, expected] of Object.entries(condition)) {
    const name = rawName.toLowerCase();
    covered.add(name);
    if (values.get(name) !== expected) return denied(`Policy Condition failed: ["eq", "$${name}", "${expected}"]`);
  }
  return null;
}

/** SigV4 for POST: the signature is the HMAC of the base64 policy under the credential's scope. */
function signatureRefusal(fields: Map<string, string>, policy: string, secret: string): PostRefusal | null {
  const mismatch = refusal(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') return mismatch;
  const [, date, region, service, terminator] = (fields.get('x-amz-credential') ?? '').split('/');
  if (!date || !region || service !== 's3' || terminator !== 'aws4_request') return mismatch;
  const signingKey = [date, region, service, terminator].reduce<Buffer>(
    (key, part) => createHmac('sha256', key).update(part).digest(),
    Buffer.from(`AWS4${secret}`),
  );
  const expected = Buffer.from(createHmac('sha256', signingKey).update(policy).digest('hex'));
  const sent = Buffer.from(fields.get('x-amz-signature') ?? '');
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? null : mismatch;
}

/** The XML body S3 answers a refused upload with. */
export function refusalXml(refused: PostRefusal): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refused.code}</Code><Message>${escape(refused.message)}</Message></Error>`;
}
