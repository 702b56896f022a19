import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localJwks, signingKey } from '#functions/adapters/accounts/local/signing-key.ts';

describe('local signing key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cerise-key-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is created on first use in a file only its owner can read', async () => {
    const folder = join(dir, 'auth');

    const key = await signingKey(folder);

    expect((await stat(join(folder, 'jwk.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(folder, 'jwk.json'), 'utf8'))).toMatchObject({ kid: key.kid, kty: 'RSA', d: expect.any(String) });
  });

  it('is shared by processes that start together: the first one written wins', async () => {
    // Two spellings of one folder bypass the per-process cache, as two processes would.
    const [first, second] = await Promise.all([signingKey(dir), signingKey(`${dir}/`)]);

    expect(second.kid).toBe(first.kid);
  });

  it('publishes only its public part', async () => {
    const jwks = await localJwks(dir);

    expect(jwks.keys).toEqual([{ kty: 'RSA', n: expect.any(String), e: 'AQAB', kid: expect.any(String), alg: 'RS256', use: 'sig' }]);
  });
});
