import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DynamoDBStreamEvent, S3Event, ScheduledEvent } from 'aws-lambda';
import type { HttpFunction } from '#shared/api/routes.ts';
import { BUCKETS } from '../definitions/buckets.ts';
import { RESULTS_STREAM, passesResultsFilter } from '../definitions/streams.ts';
import { LocalStream } from './emulators/dynamodb-stream.ts';
import { startDynamo, ensureTable } from './emulators/dynamodb.ts';
import { startS3 } from './emulators/s3.ts';
import { startSes } from './emulators/ses.ts';
import { awsEnvironment } from './emulators/environment.ts';
import { startGateway, type HttpHandler } from './gateway.ts';
import { startDailyTimer } from './schedule.ts';
import { DEMO } from './demo.ts';
import { HandledEvents } from './handled-events.ts';
import { useLocalAccounts } from './accounts.ts';
import { contentSecurityPolicy } from '#infra/definitions/content-security.ts';

export interface EmbeddedStackOptions {
  /** Gateway port; 0 picks a free one. */
  port?: number;
  /** Listen address of the gateway (default 127.0.0.1). */
  host?: string;
  /** Where data persists (`.data/` for `npm start`); omitted: in memory and temp dirs, gone at stop. */
  dataDir?: string;
  /** SES emulator (mail viewer) port; 0 picks a free one. */
  mailPort?: number;
  webBuildDir?: string;
  /** Provision the demo establishment when it does not exist yet. */
  provisionDemo?: boolean;
  /** Arm the daily purge timer. */
  timers?: boolean;
  /** Silence the handlers' request logs. */
  quiet?: boolean;
}

export interface EmbeddedStack {
  url: string;
  mailViewerUrl: string;
  sesEndpoint: string;
  /** The environment the handlers run with (endpoints, table, buckets…). */
  env: Record<string, string>;
  demoProvisioned: boolean;
  runPurge(): Promise<unknown>;
  /** DynamoDB requests received so far, by operation. */
  dynamoRequestCounts(): Record<string, number>;
  /** Resolves when the S3 event and stream handlers started so far have finished. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');
export const TABLE_NAME = 'cerise';

/**
 * The whole product in this process: DynamoDB, S3 and SES emulators speaking the AWS
 * protocols, the local accounts provider, the gateway serving the SPA and `/api/*` through
 * the very handler modules CDK deploys, S3 events and the daily timer wired to the same event
 * handlers. Handlers read `process.env`, so one stack runs per process.
 */
export async function startEmbeddedStack(options: EmbeddedStackOptions = {}): Promise<EmbeddedStack> {
  const events = new HandledEvents();
  const scratch = options.dataDir ? null : await mkdtemp(join(tmpdir(), 'cerise-'));
  const dataDir = resolve(options.dataDir ?? scratch!);
  await mkdir(join(dataDir, 'auth'), { recursive: true });

  // The table's stream, as the deployed event source mapping delivers it (same filter, same handler).
  const stream = new LocalStream({
    accepts: passesResultsFilter,
    deliver: async (event: DynamoDBStreamEvent) => {
      const module = (await import(`../../functions/events/${RESULTS_STREAM.function}.ts`)) as { handler: (event: DynamoDBStreamEvent) => Promise<unknown> };
      return events.record(RESULTS_STREAM.function, () => module.handler(event));
    },
    batchSize: RESULTS_STREAM.batchSize,
    windowMs: 50,
    attempts: 3,
  });
  const dynamo = await startDynamo({
    port: 0,
    ...(options.dataDir ? { dataDir: join(dataDir, 'dynamodb') } : {}),
    onItemsWritten: (keys) => stream.push(keys),
  });
  const s3 = await startS3({
    port: 0,
    dataDir: join(dataDir, 's3'),
    buckets: Object.values(BUCKETS).map((bucket) => ({
      name: bucket.localName,
      onObjectCreated: async (event: S3Event) => {
        const module = (await import(`../../functions/events/${bucket.eventFunction}.ts`)) as { handler: (event: S3Event) => Promise<unknown> };
        await events.record(bucket.eventFunction, () => module.handler(event));
      },
    })),
  });
  const ses = await startSes({ port: options.mailPort ?? 0 });

  const env: Record<string, string> = {
    ...awsEnvironment({ dynamodb: dynamo.endpoint, s3: s3.endpoint, ses: ses.endpoint }),
    TABLE_NAME,
    IMPORTS_BUCKET: BUCKETS.imports.localName,
    FILES_BUCKET: BUCKETS.files.localName,
    ACCOUNTS_PROVIDER: 'local',
    LOCAL_AUTH_DIR: join(dataDir, 'auth'),
    MAIL_FROM: 'Cerise <no-reply@cerise.local>',
    SECURE_COOKIES: 'false',
    ...(options.quiet ? { LOG_LEVEL: 'silent' } : {}),
  };
  Object.assign(process.env, env);
  useLocalAccounts();
  await ensureTable(dynamo.endpoint, TABLE_NAME);

  const { verifyLocalIdToken, localJwks } = await import('#functions/adapters/accounts/local/index.ts');
  const functions = new Map<HttpFunction, Promise<HttpHandler>>();
  const loadFunction = (name: HttpFunction) => {
    if (!functions.has(name)) {
      functions.set(
        name,
        import(`../../functions/http/${name}/index.ts`).then((module: { handler: HttpHandler }) => module.handler),
      );
    }
    return functions.get(name)!;
  };
  const runPurge = async () => {
    const module = (await import('#functions/events/purge.ts')) as { handler: (event: Partial<ScheduledEvent>) => Promise<unknown> };
    return events.record('purge', () => module.handler({ source: 'local.timer', time: new Date().toISOString() }));
  };

  const gateway = await startGateway({
    port: options.port ?? 3000,
    host: options.host ?? '127.0.0.1',
    webRoot: resolve(options.webBuildDir ?? join(ROOT, 'web/build')),
    // Presigned uploads and downloads go to the S3 emulator, one origin for both buckets.
    contentSecurityPolicy: contentSecurityPolicy([s3.endpoint]),
    loadFunction,
    verifyToken: async (token) => verifyLocalIdToken(token, env.LOCAL_AUTH_DIR!).catch(() => null),
    extras: {
      '/local-auth/.well-known/jwks.json': async (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await localJwks(env.LOCAL_AUTH_DIR!)));
      },
      '/_local/events': async (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(events.list()));
      },
      '/_local/jobs/purge': async (request, response) => {
        if (request.method !== 'POST') return void response.writeHead(405).end();
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await runPurge()));
      },
    },
  });
  env.APP_URL = gateway.url;
  process.env.APP_URL = gateway.url;

  // Operator commands run while `npm start` holds the data open: they attach to these endpoints.
  const endpointsFile = options.dataDir ? join(dataDir, 'endpoints.json') : null;
  if (endpointsFile) await writeFile(endpointsFile, JSON.stringify({ pid: process.pid, env }, null, 2), { mode: 0o600 });

  const demoProvisioned = options.provisionDemo ? await provisionDemoIfMissing() : false;
  const stopTimer = options.timers ? startDailyTimer(runPurge) : () => undefined;

  return {
    url: gateway.url,
    mailViewerUrl: ses.viewerUrl,
    sesEndpoint: ses.endpoint,
    env,
    demoProvisioned,
    runPurge,
    idle: async () => {
      await s3.idle();
      await stream.idle();
    },
    dynamoRequestCounts: () => dynamo.requestCounts(),
    async stop() {
      stopTimer();
      if (endpointsFile) await rm(endpointsFile, { force: true });
      await gateway.stop();
      await stream.idle();
      await s3.stop();
      await ses.stop();
      await dynamo.stop();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}

async function provisionDemoIfMissing(): Promise<boolean> {
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { provisionEstablishment } = await import('#functions/services/establishments/provision-establishment.ts');
  const deps = dependencies();
  if (await deps.establishments.get(DEMO.uai)) return false;
  await provisionEstablishment(deps, {
    uai: DEMO.uai,
    name: DEMO.name,
    email: DEMO.email,
    adminLogin: DEMO.adminLogin,
    temporaryPassword: DEMO.adminPassword,
  });
  return true;
}
