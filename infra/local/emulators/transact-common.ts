import { DynamoError, type WireItem } from './dynamodb-wire.ts';

/** DynamoDB's limit on the number of actions in one transaction. */
export const MAX_TRANSACTION_ACTIONS = 100;

export function isRecord(value: unknown): value is WireItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `TransactItems`, checked for presence and size with the messages DynamoDB uses. */
export function transactItemsOf(input: WireItem): WireItem[] {
  const items = input.TransactItems;
  if (!Array.isArray(items)) {
    throw DynamoError.validation("1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
  }
  if (items.length < 1 || items.length > MAX_TRANSACTION_ACTIONS) {
    const bound = items.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${MAX_TRANSACTION_ACTIONS}`;
    throw DynamoError.validation(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length ${bound}`);
  }
  if (!items.every(isRecord)) throw DynamoError.validation('TransactItems must be a list of objects');
  return items;
}

/** The identity of one item: its table plus its key values in key-schema order. */
export function itemIdentity(tableName: string, keyNames: readonly string[], key: WireItem): string {
  return [tableName, ...keyNames.map((name) => JSON.stringify(key[name]))].join('\u0000');
}

/** DynamoDB refuses a transaction that touches the same item twice; so do we. */
export function rejectSameItemTwice(identities: readonly string[]): void {
  if (new Set(identities).size !== identities.length) {
    throw DynamoError.validation('Transaction request cannot include multiple operations on one item');
  }
}
