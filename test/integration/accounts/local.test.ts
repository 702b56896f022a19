import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable, startDynamo, type DynamoEmulator } from '#infra/local/emulators/dynamodb.ts';
import { ALL_CAPABILITIES, describeAccountsContract } from './contract.ts';

const TABLE_NAME = 'cerise-accounts-local';
let dynamo: DynamoEmulator;
let authDir: string;

beforeAll(async () => {
  dynamo = await startDynamo({ port: 0 });
  await ensureTable(dynamo.endpoint, TABLE_NAME);
  authDir = await mkdtemp(join(tmpdir(), 'cerise-local-auth-'));
  // Before any adapter is imported: the shared DynamoDB client reads its endpoint once.
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    TABLE_NAME,
    ACCOUNTS_PROVIDER: 'local',
    LOCAL_AUTH_DIR: authDir,
  });
});

afterAll(async () => {
  await dynamo?.stop();
  if (authDir) await rm(authDir, { recursive: true, force: true });
});

// The local provider enforces every rule; its clock can be moved to expire challenges and tokens.
describeAccountsContract(
  'local provider',
  async () => {
    const { localAccounts, verifyLocalIdToken } = await import('#functions/adapters/accounts/local/index.ts');
    let offsetMs = 0;
    return {
      accounts: localAccounts({ tableName: TABLE_NAME, authDir, now: () => Date.now() + offsetMs }),
      verifyIdToken: (token) => verifyLocalIdToken(token, authDir),
      advanceClock: (ms) => {
        offsetMs += ms;
      },
    };
  },
  ALL_CAPABILITIES,
);

describe('local provider wiring', () => {
  it('is not reachable from accounts() until the embedded stack provides it (AWS functions never import it)', async () => {
    const { accounts } = await import('#functions/adapters/accounts/index.ts');
    expect(() => accounts()).toThrow(/no local provider/);
  });

  it('is the provider accounts() returns when ACCOUNTS_PROVIDER is local, on the configured table', async () => {
    const { accounts } = await import('#functions/adapters/accounts/index.ts');
    (await import('#infra/local/accounts.ts')).useLocalAccounts();
    const { localAccounts } = await import('#functions/adapters/accounts/local/index.ts');
    const account = { uai: '0751234A', login: 'cablage.test', userId: 'u-wiring', profile: 'lecteur' as const, email: null, temporaryPassword: 'initial-123' };

    await accounts().create(account);

    expect(accounts()).toBe(accounts());
    const seen = await localAccounts({ tableName: TABLE_NAME, authDir }).signIn(account, 'initial-123');
    expect(seen.kind).toBe('new-password-required');
  });

  it('keeps its signing key in LOCAL_AUTH_DIR, readable by its owner only, and publishes only the public part', async () => {
    const { localJwks } = await import('#functions/adapters/accounts/local/index.ts');

    const jwks = await localJwks(authDir);

    expect((await stat(join(authDir, 'jwk.json'))).mode & 0o777).toBe(0o600);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('refuses an ID token signed by another key, or a challenge passed as an ID token', async () => {
    const { localAccounts, verifyLocalIdToken } = await import('#functions/adapters/accounts/local/index.ts');
    const otherDir = await mkdtemp(join(tmpdir(), 'cerise-other-auth-'));
    try {
      const foreign = localAccounts({ tableName: TABLE_NAME, authDir: otherDir });
      const account = {
        uai: '0751234A',
        login: 'cle.etrangere',
        userId: 'u-foreign',
        profile: 'parent' as const,
        email: null,
        temporaryPassword: 'initial-123',
      };
      await foreign.create(account);
      const signIn = await foreign.signIn(account, 'initial-123');
      if (signIn.kind !== 'new-password-required') throw new Error('expected a challenge');
      const tokens = await foreign.completeNewPassword(account, signIn.challenge, 'choisi-456');

      await expect(verifyLocalIdToken(tokens.idToken, authDir)).rejects.toMatchObject({ refusal: 'session-invalid' });
      await expect(verifyLocalIdToken(signIn.challenge, otherDir)).rejects.toMatchObject({ refusal: 'session-invalid' });
      await expect(verifyLocalIdToken(tokens.idToken, otherDir)).resolves.toMatchObject({ 'custom:userId': 'u-foreign' });
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});
