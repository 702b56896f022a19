import { conditionHolds, parseRequest, type ParsedRequest } from './dynalite-expressions.ts';
import { DynamoError, type DynaliteClient, type WireItem } from './dynamodb-wire.ts';
import { logError } from './log.ts';
import { isRecord, itemIdentity, rejectSameItemTwice, transactItemsOf } from './transact-common.ts';
import { withTransactionLock } from './transaction-mutex.ts';

/**
 * TransactWriteItems on top of dynalite, which lacks it: validate everything, then under the
 * process-wide lock snapshot every target item, judge every condition on the snapshots (a failed
 * condition cancels before anything is written), apply the writes one by one with their conditions
 * (dynalite re-checks them, catching a plain write that raced us), and on any failure put the
 * snapshots back in reverse order.
 *
 * Atomic with respect to other transactions and to TransactGetItems. A plain PutItem/UpdateItem
 * on one of the same items during the few milliseconds of a transaction is not blocked (DynamoDB
 * would reject it with TransactionConflict); should the transaction then roll back, the rollback
 * wins. ClientRequestToken idempotency is not emulated.
 */
export async function transactWrite(input: WireItem, dynalite: DynaliteClient): Promise<WireItem> {
  const entries = transactItemsOf(input).map(actionEntryOf);
  const keyNamesByTable = await keySchemas(
    dynalite,
    entries.map(({ body }) => String(body.TableName)),
  );
  const actions = entries.map((entry) => planAction(entry, keyNamesByTable));
  rejectSameItemTwice(actions.map((action) => action.identity));

  return withTransactionLock(async () => {
    const snapshots = await Promise.all(actions.map((action) => readItem(dynalite, action)));
    const reasons = actions.map((action, index) => judgeCondition(action, snapshots[index]));
    if (reasons.some((reason) => reason.Code !== 'None')) throw cancelled(reasons);
    await applyAll(dynalite, actions, snapshots);
    return {};
  });
}

type ActionKind = 'ConditionCheck' | 'Put' | 'Update' | 'Delete';
const ACTION_KINDS: readonly ActionKind[] = ['ConditionCheck', 'Put', 'Update', 'Delete'];

interface ActionEntry {
  kind: ActionKind;
  body: WireItem;
}

interface PlannedAction {
  kind: ActionKind;
  tableName: string;
  key: WireItem;
  identity: string;
  /** The single-item request run on dynalite; a ConditionCheck writes nothing. */
  write?: { operation: 'PutItem' | 'UpdateItem' | 'DeleteItem'; input: WireItem };
  check: ParsedRequest;
  returnItemOnFailure: boolean;
}

interface CancellationReason {
  Code: string;
  Message?: string;
  Item?: WireItem;
}

const NONE: CancellationReason = { Code: 'None' };

function actionEntryOf(entry: WireItem): ActionEntry {
  const kinds = ACTION_KINDS.filter((kind) => entry[kind] != null);
  const kind = kinds[0];
  const body = kind && entry[kind];
  if (kinds.length !== 1 || !kind || !isRecord(body)) {
    throw DynamoError.validation('TransactItems can only contain one of Check, Put, Update or Delete');
  }
  if (typeof body.TableName !== 'string') {
    throw DynamoError.validation(
      `1 validation error detected: Value null at 'transactItems.member.${kind}.tableName' failed to satisfy constraint: Member must not be null`,
    );
  }
  return { kind, body };
}

/** Key attribute names per table, from dynalite (ResourceNotFoundException passes through as-is). */
async function keySchemas(dynalite: DynaliteClient, tableNames: string[]): Promise<Map<string, string[]>> {
  const distinct = [...new Set(tableNames)];
  const described = await Promise.all(
    distinct.map((TableName) => dynalite.call<{ Table: { KeySchema: { AttributeName: string }[] } }>('DescribeTable', { TableName })),
  );
  return new Map(distinct.map((name, index) => [name, described[index]!.Table.KeySchema.map((k) => k.AttributeName)]));
}

function planAction({ kind, body }: ActionEntry, keyNamesByTable: Map<string, string[]>): PlannedAction {
  const tableName = String(body.TableName);
  const keyNames = keyNamesByTable.get(tableName) ?? [];
  const { ReturnValuesOnConditionCheckFailure, ...request } = body;
  const returnItemOnFailure = ReturnValuesOnConditionCheckFailure === 'ALL_OLD';

  switch (kind) {
    case 'Put': {
      const item = isRecord(request.Item) ? request.Item : {};
      const key = keyOfItem(item, keyNames);
      const write = { operation: 'PutItem', input: request } as const;
      return { kind, tableName, key, identity: itemIdentity(tableName, keyNames, key), write, check: parseRequest('PutItem', request), returnItemOnFailure };
    }
    case 'Update': {
      if (typeof request.UpdateExpression !== 'string') {
        throw DynamoError.validation(
          "1 validation error detected: Value null at 'transactItems.member.update.updateExpression' failed to satisfy constraint: Member must not be null",
        );
      }
      const key = checkedKey(request.Key, keyNames);
      const write = { operation: 'UpdateItem', input: request } as const;
      return { kind, tableName, key, identity: itemIdentity(tableName, keyNames, key), write, check: parseRequest('UpdateItem', request), returnItemOnFailure };
    }
    case 'Delete': {
      const key = checkedKey(request.Key, keyNames);
      const write = { operation: 'DeleteItem', input: request } as const;
      return { kind, tableName, key, identity: itemIdentity(tableName, keyNames, key), write, check: parseRequest('DeleteItem', request), returnItemOnFailure };
    }
    case 'ConditionCheck': {
      if (typeof request.ConditionExpression !== 'string') {
        throw DynamoError.validation(
          "1 validation error detected: Value null at 'transactItems.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null",
        );
      }
      const key = checkedKey(request.Key, keyNames);
      // Validated as a conditional DeleteItem: same fields, same expression rules, never run.
      return { kind, tableName, key, identity: itemIdentity(tableName, keyNames, key), check: parseRequest('DeleteItem', request), returnItemOnFailure };
    }
  }
}

function keyOfItem(item: WireItem, keyNames: string[]): WireItem {
  const missing = keyNames.find((name) => item[name] == null);
  if (missing) throw DynamoError.validation(`One or more parameter values were invalid: Missing the key ${missing} in the item`);
  return Object.fromEntries(keyNames.map((name) => [name, item[name]]));
}

function checkedKey(key: unknown, keyNames: string[]): WireItem {
  const given = isRecord(key) ? Object.keys(key) : [];
  if (given.length !== keyNames.length || !keyNames.every((name) => given.includes(name)) || !isRecord(key)) {
    throw DynamoError.validation('The provided key element does not match the schema');
  }
  return key;
}

async function readItem(dynalite: DynaliteClient, action: PlannedAction): Promise<WireItem | undefined> {
  const { Item } = await dynalite.call<{ Item?: WireItem }>('GetItem', { TableName: action.tableName, Key: action.key, ConsistentRead: true });
  return Item;
}

function judgeCondition(action: PlannedAction, snapshot: WireItem | undefined): CancellationReason {
  if (conditionHolds(action.check, snapshot)) return NONE;
  const reason: CancellationReason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' };
  if (action.returnItemOnFailure && snapshot) reason.Item = snapshot;
  return reason;
}

async function applyAll(dynalite: DynaliteClient, actions: PlannedAction[], snapshots: (WireItem | undefined)[]): Promise<void> {
  const applied: number[] = [];
  for (const [index, action] of actions.entries()) {
    if (!action.write) continue;
    try {
      await dynalite.call(action.write.operation, action.write.input);
      applied.push(index);
    } catch (error) {
      for (const done of applied.reverse()) await restore(dynalite, actions[done]!, snapshots[done]);
      throw cancellationFor(actions.length, index, error);
    }
  }
}

/** Puts the item back as it was before the transaction (or removes it if it did not exist). */
async function restore(dynalite: DynaliteClient, action: PlannedAction, snapshot: WireItem | undefined): Promise<void> {
  try {
    if (snapshot) await dynalite.call('PutItem', { TableName: action.tableName, Item: snapshot });
    else await dynalite.call('DeleteItem', { TableName: action.tableName, Key: action.key });
  } catch (error) {
    logError('dynamodb transaction rollback failed', { table: action.tableName, key: action.key }, error);
  }
}

/** A write refused by dynalite after the pre-check: a racing plain write, or an invalid update. */
function cancellationFor(count: number, failedIndex: number, error: unknown): unknown {
  if (!(error instanceof DynamoError)) return error;
  const reason =
    error.code === 'ConditionalCheckFailedException'
      ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
      : error.code === 'ValidationException'
        ? { Code: 'ValidationError', Message: error.message }
        : undefined;
  if (!reason) return error;
  return cancelled(Array.from({ length: count }, (_, index) => (index === failedIndex ? reason : NONE)));
}

function cancelled(reasons: CancellationReason[]): DynamoError {
  const codes = reasons.map((reason) => reason.Code).join(', ');
  return new DynamoError(
    400,
    'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    { CancellationReasons: reasons },
  );
}
