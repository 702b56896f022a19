import { randomUUID } from 'node:crypto';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { WireItem } from './dynamodb-wire.ts';
import { logError } from './log.ts';

/** A written item's key, as the stream reports it; `removed` for a DeleteItem. */
export interface WrittenKey {
  tableName: string;
  pk: string;
  sk: string;
  removed: boolean;
}

export interface LocalStreamOptions {
  /** Which keys reach the handler (the event source mapping's filter in AWS). */
  accepts(key: { pk: string; sk: string }): boolean;
  deliver(event: DynamoDBStreamEvent): Promise<unknown>;
  batchSize: number;
  /** Locally short: the point is batching, not waiting as long as AWS's window. */
  windowMs: number;
  /** Tries per batch before it is dropped, as the event source mapping's retryAttempts + 1. */
  attempts: number;
}

/**
 * A table stream for the embedded stack (dynalite has none), keys only like the deployed one:
 * records queue in write order and reach the handler one batch at a time, as from one shard.
 * A batch that keeps failing is logged and dropped, as AWS drops it after its retries.
 */
export class LocalStream {
  private readonly queue: DynamoDBRecord[] = [];
  private running: Promise<void> | null = null;
  private sequence = 0;

  constructor(private readonly options: LocalStreamOptions) {}

  push(written: readonly WrittenKey[]): void {
    for (const key of written) {
      if (!this.options.accepts(key)) continue;
      this.sequence += 1;
      this.queue.push({
        eventID: randomUUID(),
        eventName: key.removed ? 'REMOVE' : 'MODIFY',
        eventSource: 'aws:dynamodb',
        awsRegion: 'eu-west-3',
        eventSourceARN: `arn:aws:dynamodb:eu-west-3:000000000000:table/${key.tableName}/stream/local`,
        dynamodb: {
          Keys: { pk: { S: key.pk }, sk: { S: key.sk } },
          SequenceNumber: String(this.sequence).padStart(21, '0'),
          StreamViewType: 'KEYS_ONLY',
          ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
        },
      });
    }
    if (this.queue.length > 0 && !this.running) this.running = this.drain().finally(() => (this.running = null));
  }

  /** Resolves once every record pushed so far has been handled. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.options.windowMs));
      const batch = this.queue.splice(0, this.options.batchSize);
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.options.deliver({ Records: batch });
          break;
        } catch (error) {
          if (attempt >= this.options.attempts) {
            logError('dynamodb stream batch dropped after its retries', { records: batch.length }, error);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    }
  }
}

const stringOf = (value: unknown) =>
  value && typeof value === 'object' && typeof (value as { S?: unknown }).S === 'string' ? (value as { S: string }).S : null;

function keyOf(tableName: string, attributes: unknown, removed: boolean): WrittenKey[] {
  if (!attributes || typeof attributes !== 'object') return [];
  const { pk, sk } = attributes as WireItem;
  const pkText = stringOf(pk);
  const skText = stringOf(sk);
  return pkText !== null && skText !== null ? [{ tableName, pk: pkText, sk: skText, removed }] : [];
}

/** The keys a successful write request wrote, in its wire format; none for reads. */
export function writtenKeys(operation: string, input: WireItem): WrittenKey[] {
  const table = String(input.TableName ?? '');
  switch (operation) {
    case 'PutItem':
      return keyOf(table, input.Item, false);
    case 'UpdateItem':
      return keyOf(table, input.Key, false);
    case 'DeleteItem':
      return keyOf(table, input.Key, true);
    case 'BatchWriteItem':
      return Object.entries((input.RequestItems ?? {}) as Record<string, { PutRequest?: { Item?: unknown }; DeleteRequest?: { Key?: unknown } }[]>).flatMap(
        ([name, requests]) =>
          (Array.isArray(requests) ? requests : []).flatMap((request) =>
            request.PutRequest ? keyOf(name, request.PutRequest.Item, false) : keyOf(name, request.DeleteRequest?.Key, true),
          ),
      );
    case 'TransactWriteItems':
      return (
        (Array.isArray(input.TransactItems) ? input.TransactItems : []) as Record<string, { TableName?: string; Item?: unknown; Key?: unknown }>[]
      ).flatMap((action) => {
        if (action.Put) return keyOf(String(action.Put.TableName), action.Put.Item, false);
        if (action.Update) return keyOf(String(action.Update.TableName), action.Update.Key, false);
        if (action.Delete) return keyOf(String(action.Delete.TableName), action.Delete.Key, true);
        return [];
      });
    default:
      return [];
  }
}
