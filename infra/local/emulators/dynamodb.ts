import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import dynalite from 'dynalite';
import { writtenKeys, type WrittenKey } from './dynamodb-stream.ts';
import { DynaliteClient, DynamoError, readBody, sendWire, sendWireText, type WireItem } from './dynamodb-wire.ts';
import { closeServer, endpointOf, listen } from './http-server.ts';
import { logError } from './log.ts';
import { transactGet } from './transact-get.ts';
import { transactWrite } from './transact-write.ts';

export { ensureTable } from './dynamodb-table.ts';

export interface DynamoOptions {
  /** LevelDB folder for data that survives restarts; in memory when absent. */
  dataDir?: string;
  /** Public port; 0 or absent = any free port. */
  port?: number;
  /** Told the keys of every successful write, in order (the embedded stack's table stream). */
  onItemsWritten?: (keys: WrittenKey[]) => void;
}

export interface DynamoEmulator {
  endpoint: string;
  /** Requests received so far, by operation (for benchmarks: how many calls a piece of work makes). */
  requestCounts(): Record<string, number>;
  stop(): Promise<void>;
}

/** The operations dynalite lacks, answered by the shim; every other request goes to dynalite. */
const TRANSACTIONS: Record<string, (input: WireItem, dynalite: DynaliteClient) => Promise<WireItem>> = {
  TransactWriteItems: transactWrite,
  TransactGetItems: transactGet,
};

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/**
 * DynamoDB for the embedded stack: dynalite on a private port, and on the public port a small
 * shim that adds TransactWriteItems / TransactGetItems and hands everything else to dynalite
 * untouched (same request object, body not read), so plain reads never wait on it. With
 * `onItemsWritten`, writes are relayed instead, so that their keys can feed the table stream.
 */
export async function startDynamo(options: DynamoOptions = {}): Promise<DynamoEmulator> {
  const backend = dynalite({ path: options.dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const client = new DynaliteClient(await listen(backend, 0));

  const counts: Record<string, number> = {};
  const shim = createServer((req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    counts[operation] = (counts[operation] ?? 0) + 1;
    const transaction = Object.hasOwn(TRANSACTIONS, operation) ? TRANSACTIONS[operation] : undefined;
    const written = options.onItemsWritten;
    if (transaction) {
      void answer(req, res, async (input) => {
        const output = await transaction(input, client);
        if (written && operation === 'TransactWriteItems') written(writtenKeys(operation, input));
        return output;
      });
    } else if (written && WRITES.has(operation)) {
      void relay(req, res, operation, client, written);
    } else {
      backend.emit('request', req, res);
    }
  });

  let port: number;
  try {
    port = await listen(shim, options.port ?? 0);
  } catch (error) {
    client.close();
    await closeServer(backend);
    throw error;
  }

  return {
    endpoint: endpointOf(port),
    requestCounts: () => ({ ...counts }),
    async stop() {
      await closeServer(shim);
      client.close();
      // dynalite's close() also closes LevelDB, which releases the data folder's LOCK file.
      await closeServer(backend);
    },
  };
}

/** A plain write passed to dynalite as it came; its keys are reported once dynalite accepted it. */
async function relay(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  client: DynaliteClient,
  written: (keys: WrittenKey[]) => void,
): Promise<void> {
  try {
    const body = await readBody(req);
    const { status, text } = await client.forward(operation, body);
    const keys = status === 200 ? writtenKeys(operation, JSON.parse(body) as WireItem) : [];
    sendWireText(res, status, text);
    if (keys.length > 0) written(keys);
  } catch (error) {
    if (error instanceof DynamoError) return sendWire(res, error.status, error.toWire());
    logError('dynamodb write relay failed', { target: req.headers['x-amz-target'] }, error);
    sendWire(res, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal error in the local write relay' });
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, run: (input: WireItem) => Promise<WireItem>): Promise<void> {
  try {
    const text = await readBody(req);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      throw new DynamoError(400, 'com.amazon.coral.service#SerializationException', 'Malformed JSON body');
    }
    if (typeof input !== 'object' || input === null) throw new DynamoError(400, 'com.amazon.coral.service#SerializationException', 'Expected a JSON object');
    sendWire(res, 200, await run(input as WireItem));
  } catch (error) {
    if (error instanceof DynamoError) return sendWire(res, error.status, error.toWire());
    logError('dynamodb transaction shim failed', { target: req.headers['x-amz-target'] }, error);
    sendWire(res, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal error in the local transaction shim' });
  }
}
