import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import S3rver, { type S3rverEvent } from 's3rver';
import { closeServer, endpointOf, listen } from './http-server.ts';
import { logError } from './log.ts';
import { localCorsXml } from './s3-cors.ts';
import { isObjectCreated, toS3Event } from './s3-event.ts';
import { postPolicyGate } from './s3-post-gate.ts';

/** The only secret s3rver knows (STACK.md G5): presigned policies are signed with it. */
const LOCAL_SECRET = 'S3RVER';

export interface LocalBucket {
  name: string;
  /** Runs on every ObjectCreated:* of the bucket, as the S3 → Lambda notification does in AWS. */
  onObjectCreated?: (event: S3Event) => Promise<void>;
}

export interface S3Options {
  /** Folder for objects that survive restarts; a temporary folder (removed on stop) when absent. */
  dataDir?: string;
  /** 0 or absent = any free port. */
  port?: number;
  buckets: LocalBucket[];
}

export interface S3Emulator {
  endpoint: string;
  /** Resolves once every event handler started so far (and any they caused) has finished. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * S3 for the embedded stack: s3rver in this process. Its only accepted credentials are
 * S3RVER/S3RVER (STACK.md G5), which environment.ts gives every SDK client. Buckets are created
 * with browser-upload CORS; ObjectCreated notifications call the bucket's handler with a
 * production-shaped event. s3rver does no prefix filtering: the handler (or the runner) filters.
 * Nor does it check POST policies: a gate in front does (s3-post-gate.ts), s3rver itself listens
 * on an inner port.
 */
export async function startS3(options: S3Options): Promise<S3Emulator> {
  const directory = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cerise-s3-')));
  const cors = localCorsXml();
  const server = new S3rver({
    directory,
    silent: true,
    configureBuckets: options.buckets.map(({ name }) => ({ name, configs: [cors] })),
  });

  const pending = new Set<Promise<void>>();
  const handlers = new Map(options.buckets.map((bucket) => [bucket.name, bucket.onObjectCreated]));
  server.on('event', (event: S3rverEvent) => {
    for (const record of event.Records) {
      const handler = handlers.get(record.s3.bucket.name);
      if (!handler || !isObjectCreated(record)) continue;
      const run = dispatch(handler, record).finally(() => pending.delete(run));
      pending.add(run);
    }
  });

  // Our own server rather than s3rver's run(): run() never settles when the port is taken, and the
  // unhandled 'error' event would crash the process instead of failing this call.
  const callback = server.callback();
  const inner = createServer(callback);
  let innerPort = 0;
  const http = createServer(postPolicyGate(callback, () => innerPort, LOCAL_SECRET));
  const removeTemporary = () => (options.dataDir ? Promise.resolve() : rm(directory, { recursive: true, force: true }));
  let port: number;
  try {
    await server.configureBuckets();
    innerPort = await listen(inner, 0);
    port = await listen(http, options.port ?? 0);
  } catch (error) {
    await closeServer(inner);
    server.logger.close();
    await removeTemporary();
    throw error;
  }

  const idle = async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };

  return {
    endpoint: endpointOf(port),
    idle,
    async stop() {
      await idle();
      await closeServer(http);
      await closeServer(inner);
      server.logger.close();
      await removeTemporary();
    },
  };
}

/** A failing handler is logged, never allowed to take the whole local stack down. */
async function dispatch(handler: (event: S3Event) => Promise<void>, record: S3rverEvent['Records'][number]): Promise<void> {
  try {
    await handler(toS3Event(record));
  } catch (error) {
    logError('s3 ObjectCreated handler failed', { bucket: record.s3.bucket.name, key: record.s3.object.key }, error);
  }
}
