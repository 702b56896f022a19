import { parseRequest } from './dynalite-expressions.ts';
import { DynamoError, type DynaliteClient, type WireItem } from './dynamodb-wire.ts';
import { isRecord, itemIdentity, rejectSameItemTwice, transactItemsOf } from './transact-common.ts';
import { withTransactionLock } from './transaction-mutex.ts';

/**
 * TransactGetItems on top of dynalite: consistent reads taken under the transaction lock, so the
 * result never shows half of a TransactWriteItems.
 */
export async function transactGet(input: WireItem, dynalite: DynaliteClient): Promise<WireItem> {
  const gets = transactItemsOf(input).map((entry) => {
    if (Object.keys(entry).length !== 1 || !isRecord(entry.Get)) throw DynamoError.validation('TransactItems can only contain Get');
    parseRequest('GetItem', entry.Get);
    return entry.Get;
  });
  rejectSameItemTwice(
    gets.map((get) => {
      const key = isRecord(get.Key) ? get.Key : {};
      return itemIdentity(String(get.TableName), Object.keys(key).sort(), key);
    }),
  );

  return withTransactionLock(async () => {
    const results = await Promise.all(gets.map((get) => dynalite.call<{ Item?: WireItem }>('GetItem', { ...get, ConsistentRead: true })));
    return { Responses: results.map(({ Item }) => (Item ? { Item } : {})) };
  });
}
