import { createRequire } from 'node:module';
import { DynamoError, type WireItem } from './dynamodb-wire.ts';

/**
 * dynalite's own request validation and condition evaluator, reused so that a ConditionExpression
 * inside a transaction is parsed and judged exactly as dynalite judges it in PutItem. These are
 * internal modules of dynalite 4.0.0 (pinned); a dynalite upgrade must re-run the emulator tests.
 */
const require = createRequire(import.meta.url);

interface DynaliteFailure extends Error {
  statusCode?: number;
  body?: { __type?: string; message?: string; Message?: string };
}

interface OperationRules {
  types: Record<string, unknown>;
  custom?: (data: WireItem, store: unknown) => string | undefined;
}

const validations = require('dynalite/validations') as {
  checkTypes(data: WireItem, types: OperationRules['types']): WireItem;
  checkValidations(data: WireItem, types: OperationRules['types'], custom: OperationRules['custom'], store: unknown): void;
};
const db = require('dynalite/db') as {
  MAX_SIZE: number;
  checkConditional(parsed: WireItem, existingItem: WireItem | undefined): DynaliteFailure | null | undefined;
};
const rules = {
  PutItem: require('dynalite/validations/putItem') as OperationRules,
  UpdateItem: require('dynalite/validations/updateItem') as OperationRules,
  DeleteItem: require('dynalite/validations/deleteItem') as OperationRules,
  GetItem: require('dynalite/validations/getItem') as OperationRules,
};

export type SingleItemOperation = keyof typeof rules;

/** The only thing the validators read from dynalite's store. */
const VALIDATION_STORE = { options: { maxItemSize: db.MAX_SIZE } };

/** A request that passed dynalite's checks; opaque, only good for {@link conditionHolds}. */
export interface ParsedRequest {
  readonly parsed: WireItem;
}

/**
 * Validates a single-item request the way dynalite would before running it, so a malformed action
 * is refused before any item of the transaction is written.
 * @throws DynamoError with dynalite's ValidationException (or SerializationException) text.
 */
export function parseRequest(operation: SingleItemOperation, input: WireItem): ParsedRequest {
  const { types, custom } = rules[operation];
  try {
    const parsed = validations.checkTypes(structuredClone(input), types);
    validations.checkValidations(parsed, types, custom, VALIDATION_STORE);
    return { parsed };
  } catch (error) {
    throw asDynamoError(error);
  }
}

/** True when the request's condition (if any) holds on the item as it is now (undefined = absent). */
export function conditionHolds(request: ParsedRequest, existingItem: WireItem | undefined): boolean {
  return !db.checkConditional(request.parsed, existingItem);
}

function asDynamoError(error: unknown): unknown {
  const failure = error as DynaliteFailure;
  if (!failure?.statusCode || !failure.body?.__type) return error;
  return new DynamoError(failure.statusCode, failure.body.__type, failure.body.message ?? failure.body.Message ?? failure.message);
}
