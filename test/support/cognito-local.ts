import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { Route } from 'cognito-local/lib/server/Router.js';
import { ID_TOKEN_MINUTES, PASSWORD_POLICY, REFRESH_TOKEN_DAYS } from '#shared/domain/account-policy.ts';

export interface CognitoLocal {
  /** `http://127.0.0.1:<port>`: the value for AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER. */
  endpoint: string;
  userPoolId: string;
  clientId: string;
  /** Issuer and JWKS of its ID tokens, to verify them as API Gateway would. */
  issuer: string;
  jwksUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts cognito-local 5.3.0 in this process on a free port, with its data in a fresh temporary
 * folder (the CLI can only write to `./.cognito` under the cwd, STACK.md G10), then creates a user
 * pool and an app client shaped like the CDK ones: custom attributes uai / profile / userId,
 * no client secret, USER_PASSWORD_AUTH + refresh, token revocation, our token lifetimes.
 *
 * It mirrors cognito-local's `createDefaultServer` (lib/server/defaults.js) with three changes:
 * an absolute data folder, no `config.json` read from the cwd, and pool defaults that keep plain
 * usernames (its default makes the email the username). It also answers the one admin call the
 * adapter needs and cognito-local lacks, AdminUserGlobalSignOut (STACK.md §3.3 item 5): see
 * `globalSignOut` below.
 */
export async function startCognitoLocal(): Promise<CognitoLocal> {
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
  const dataDir = await mkdtemp(join(tmpdir(), 'cerise-cognito-'));
  const tokenConfig: { IssuerDomain?: string } = {};
  const server = await (await createCognitoServer(join(dataDir, 'db'), tokenConfig)).start();
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The token generator reads this on every token; the port is only known once listening.
  tokenConfig.IssuerDomain = endpoint;

  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const { userPoolId, clientId } = await createPoolAndClient(endpoint);
    return { endpoint, userPoolId, clientId, issuer: `${endpoint}/${userPoolId}`, jwksUrl: `${endpoint}/${userPoolId}/.well-known/jwks.json`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function createCognitoServer(dataDirectory: string, tokenConfig: { IssuerDomain?: string }) {
  // Deep imports, as createDefaultServer does; loaded on demand so that importing this file is cheap.
  const [
    { DefaultConfig },
    { createServer },
    { Router },
    services,
    { CognitoServiceFactoryImpl },
    { CryptoService },
    stormDb,
    consoleSender,
    delivery,
    { otp },
    tokens,
    pools,
    errors,
  ] = await Promise.all([
    import('cognito-local/lib/server/config.js'),
    import('cognito-local/lib/server/server.js'),
    import('cognito-local/lib/server/Router.js'),
    import('cognito-local/lib/services/index.js'),
    import('cognito-local/lib/services/cognitoService.js'),
    import('cognito-local/lib/services/crypto.js'),
    import('cognito-local/lib/services/dataStore/stormDb.js'),
    import('cognito-local/lib/services/messageDelivery/consoleMessageSender.js'),
    import('cognito-local/lib/services/messageDelivery/messageDelivery.js'),
    import('cognito-local/lib/services/otp.js'),
    import('cognito-local/lib/services/tokenGenerator.js'),
    import('cognito-local/lib/services/userPoolService.js'),
    import('cognito-local/lib/errors.js'),
  ]);
  // pino and aws-sdk v2 are cognito-local's dependencies, not ours: resolve them from it.
  const fromCognitoLocal = createRequire(createRequire(import.meta.url).resolve('cognito-local/package.json'));
  const pino = fromCognitoLocal('pino') as (options: { level: string }) => import('pino').Logger;
  const AWS = fromCognitoLocal('aws-sdk') as { Lambda: new (options: unknown) => ConstructorParameters<typeof services.LambdaService>[1] };

  const logger = pino({ level: 'silent' });
  const ctx = { logger };
  const config = {
    ...DefaultConfig,
    UserPoolDefaults: {},
    TokenConfig: tokenConfig,
    ServerConfig: { port: 0, hostname: '127.0.0.1', development: false, https: false as const },
  };
  const clock = new services.DateClock();
  const dataStoreFactory = new stormDb.StormDBDataStoreFactory(dataDirectory);
  const cognitoServiceFactory = new CognitoServiceFactoryImpl(dataDirectory, dataStoreFactory, new pools.UserPoolServiceFactoryImpl(clock, dataStoreFactory));
  const cognitoClient = await cognitoServiceFactory.create(ctx, config.UserPoolDefaults);
  const triggers = new services.TriggersService(
    clock,
    cognitoClient,
    new services.LambdaService(config.TriggerFunctions, new AWS.Lambda(config.LambdaClient)),
    new CryptoService(config.KMSConfig),
  );
  const all = {
    clock,
    cognito: cognitoClient,
    config,
    messages: new services.MessagesService(triggers, new delivery.MessageDeliveryService(new consoleSender.ConsoleMessageSender())),
    otp,
    tokenGenerator: new tokens.JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };

  /**
   * AdminUserGlobalSignOut, which cognito-local 5.3.0 answers with "unsupported". AWS documents it
   * as invalidating the user's refresh tokens; cognito-local keeps a user's valid refresh tokens in
   * a list that REFRESH_TOKEN_AUTH and RevokeToken consult, so emptying that list is the same
   * effect. The adapter calls it from `suspend` and from a temporary `setPassword`.
   */
  const globalSignOut: Route = async (callCtx, request: { UserPoolId: string; Username: string }) => {
    const userPool = await cognitoClient.getUserPool(callCtx, request.UserPoolId);
    const user = await userPool.getUserByUsername(callCtx, request.Username);
    if (!user) throw new errors.UserNotFoundError('User does not exist.');
    await userPool.saveUser(callCtx, { ...user, RefreshTokens: [], UserLastModifiedDate: clock.get() });
    return {};
  };
  const router = Router(all);
  const routes = (target: string): Route => (target === 'AdminUserGlobalSignOut' ? globalSignOut : router(target));
  return createServer(routes, logger, config.ServerConfig, all);
}

async function createPoolAndClient(endpoint: string): Promise<{ userPoolId: string; clientId: string }> {
  const admin = new CognitoIdentityProviderClient({
    endpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { UserPool } = await admin.send(
      new CreateUserPoolCommand({
        PoolName: 'cerise-test',
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        Policies: {
          PasswordPolicy: {
            MinimumLength: PASSWORD_POLICY.minLength,
            RequireLowercase: false,
            RequireUppercase: false,
            RequireNumbers: false,
            RequireSymbols: false,
          },
        },
        Schema: [
          { Name: 'uai', AttributeDataType: 'String', Mutable: false },
          { Name: 'profile', AttributeDataType: 'String', Mutable: true },
          { Name: 'userId', AttributeDataType: 'String', Mutable: false },
        ],
      }),
    );
    if (!UserPool?.Id) throw new Error('cognito-local created no user pool');
    const { UserPoolClient } = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: UserPool.Id,
        ClientName: 'cerise-web',
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        EnableTokenRevocation: true,
        PreventUserExistenceErrors: 'ENABLED',
        IdTokenValidity: ID_TOKEN_MINUTES,
        AccessTokenValidity: ID_TOKEN_MINUTES,
        RefreshTokenValidity: REFRESH_TOKEN_DAYS,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'days' },
      }),
    );
    if (!UserPoolClient?.ClientId) throw new Error('cognito-local created no app client');
    return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
  } finally {
    admin.destroy();
  }
}
