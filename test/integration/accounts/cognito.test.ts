import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll } from 'vitest';
import { startCognitoLocal, type CognitoLocal } from '../../support/cognito-local.ts';
import { describeAccountsContract, type AccountsCapability } from './contract.ts';

let cognito: CognitoLocal;

beforeAll(async () => {
  cognito = await startCognitoLocal();
  // Before the adapter is imported: the adapter builds a plain `new CognitoIdentityProviderClient({})`.
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: cognito.endpoint,
    ACCOUNTS_PROVIDER: 'cognito',
    USER_POOL_ID: cognito.userPoolId,
    USER_POOL_CLIENT_ID: cognito.clientId,
    TABLE_NAME: 'unused-by-the-cognito-adapter',
  });
});

afterAll(async () => {
  await cognito?.stop();
});

/**
 * What the Cognito adapter over cognito-local 5.3.0 really enforces, probed flow by flow. Left out
 * (cognito-local does not do them; AWS does): checking the temporary password, refusing disabled
 * users, expiring or single-use sessions, working refresh tokens after RespondToAuthChallenge,
 * NOT_FOUND from AdminUpdateUserAttributes. `revokes-on-suspend`, `revokes-on-temporary-password` and
 * `revokes-on-password-change` rest on the AdminUserGlobalSignOut that test/support/cognito-local.ts adds.
 */
const COGNITO_LOCAL: readonly AccountsCapability[] = [
  'revokes-refresh-tokens',
  'revokes-on-suspend',
  'revokes-on-temporary-password',
  'revokes-on-password-change',
];

describeAccountsContract(
  'Cognito adapter over cognito-local',
  async () => {
    const { accounts } = await import('#functions/adapters/accounts/index.ts');
    const jwks = createRemoteJWKSet(new URL(cognito.jwksUrl));
    return {
      accounts: accounts(),
      verifyIdToken: async (token) => (await jwtVerify(token, jwks, { issuer: cognito.issuer, audience: cognito.clientId })).payload,
    };
  },
  COGNITO_LOCAL,
);
