import { expect } from 'vitest';

export type SignedUpload = { url: string; fields: Record<string, string> };

/** POSTs a file with a signed form, as the browser does; `fields` changes some of the form's fields. */
export function postForm(upload: SignedUpload, name: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [field, value] of Object.entries({ ...upload.fields, ...fields })) form.append(field, value);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(upload.url, { method: 'POST', body: form });
}

/** The policy the API signed, decoded: what S3 (and the local emulator's gate) will enforce. */
export function signedPolicy(upload: SignedUpload): { expiration: string; conditions: unknown[] } {
  return JSON.parse(Buffer.from(upload.fields.Policy!, 'base64').toString('utf8'));
}

/**
 * Asserts the policy takes this key, this size range and this content type, nothing wider, and
 * lapses 15 minutes after `signedAt`.
 */
export function expectExactPolicy(
  upload: SignedUpload,
  expected: { bucket: string; key: string; minBytes: number; maxBytes: number; contentType: string; signedAt: number },
) {
  const policy = signedPolicy(upload);
  expect(policy.conditions).toEqual(
    expect.arrayContaining([
      { bucket: expected.bucket },
      { key: expected.key },
      { 'Content-Type': expected.contentType },
      ['content-length-range', expected.minBytes, expected.maxBytes],
    ]),
  );
  expect(policy.conditions.filter((condition) => Array.isArray(condition))).toEqual([['content-length-range', expected.minBytes, expected.maxBytes]]);
  const lapse = Date.parse(policy.expiration) - expected.signedAt;
  expect(lapse).toBeGreaterThan(14 * 60_000);
  expect(lapse).toBeLessThanOrEqual(15 * 60_000 + 2_000);
}

/** Asserts S3 (the emulator's gate) refused the upload with this status and error code. */
export async function expectRefused(sent: Response, status: number, code: string) {
  const text = await sent.text();
  expect(sent.status, text).toBe(status);
  expect(text).toContain(`<Code>${code}</Code>`);
}
