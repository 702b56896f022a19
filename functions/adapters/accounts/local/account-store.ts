import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlreadyExists } from '#functions/services/ports/errors.ts';
import type { Profile } from '#shared/domain/profiles.ts';
import type { AccountRef } from '#functions/services/ports/accounts.ts';

export type AccountStatus = 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';

/** A local account as stored: what Cognito would keep for the same user. */
export interface Account {
  uai: string;
  login: string;
  userId: string;
  profile: Profile;
  email: string | null;
  passwordHash: string;
  status: AccountStatus;
  enabled: boolean;
  version: number;
}

export interface PasswordChange {
  passwordHash: string;
  status: AccountStatus;
  /** Only if the stored hash is still this one. */
  expectedHash?: string;
}

export interface StoredRefreshToken {
  /** Epoch seconds; the emulator never deletes expired items, so readers compare it themselves. */
  expiresAt: number;
  authTime: number;
}

// Same conventions as functions/adapters/store/keys.ts: establishment first, entity, schema version.
const accountPk = (ref: AccountRef) => `EST#${ref.uai}#ACCOUNT#${ref.login}`;
const ACCOUNT_SK = 'ACCOUNT#v1';
const REFRESH_SK_PREFIX = 'REFRESH#v1#';

/** Reads and writes local accounts and their refresh tokens in the single table. */
export class AccountStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(ref: AccountRef): Promise<Account | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk: accountPk(ref), sk: ACCOUNT_SK }, ConsistentRead: true }));
    if (!Item) return null;
    const { uai, login, userId, profile, email, passwordHash, status, enabled, version } = Item as Account;
    return { uai, login, userId, profile, email: email ?? null, passwordHash, status, enabled, version };
  }

  /** AlreadyExists when the login is taken in the establishment. */
  async insert(account: Account, nowIso: string): Promise<void> {
    const { email, ...rest } = account;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: accountPk(account),
            sk: ACCOUNT_SK,
            entity: 'Account',
            ...rest,
            ...(email ? { email } : {}),
            createdAt: nowIso,
            updatedAt: nowIso,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new AlreadyExists('account');
      throw error;
    }
  }

  /**
   * Sets the password hash and status. With `expectedHash`, only if the password is still that
   * one: two answers to the same challenge cannot both win. False when the condition failed.
   */
  async setPassword(ref: AccountRef, change: PasswordChange, nowIso: string): Promise<boolean> {
    const condition = change.expectedHash === undefined ? undefined : { expression: 'passwordHash = :expected', values: { ':expected': change.expectedHash } };
    return this.update(
      ref,
      'SET passwordHash = :hash, #status = :status, updatedAt = :now ADD version :one',
      { ':hash': change.passwordHash, ':status': change.status, ':now': nowIso },
      condition,
    );
  }

  async setEmail(ref: AccountRef, email: string | null, nowIso: string): Promise<boolean> {
    return email === null
      ? this.update(ref, 'REMOVE email SET updatedAt = :now ADD version :one', { ':now': nowIso })
      : this.update(ref, 'SET email = :email, updatedAt = :now ADD version :one', { ':email': email, ':now': nowIso });
  }

  async setProfile(ref: AccountRef, profile: Profile, nowIso: string): Promise<boolean> {
    return this.update(ref, 'SET profile = :profile, updatedAt = :now ADD version :one', { ':profile': profile, ':now': nowIso });
  }

  async delete(ref: AccountRef): Promise<void> {
    await this.deleteRefreshTokens(ref);
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: accountPk(ref), sk: ACCOUNT_SK } }));
  }

  async setEnabled(ref: AccountRef, enabled: boolean, nowIso: string): Promise<boolean> {
    return this.update(ref, 'SET enabled = :enabled, updatedAt = :now ADD version :one', { ':enabled': enabled, ':now': nowIso });
  }

  async putRefreshToken(ref: AccountRef, hash: string, token: StoredRefreshToken): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: accountPk(ref), sk: REFRESH_SK_PREFIX + hash, entity: 'RefreshToken', ...token },
      }),
    );
  }

  async getRefreshToken(ref: AccountRef, hash: string): Promise<StoredRefreshToken | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: accountPk(ref), sk: REFRESH_SK_PREFIX + hash }, ConsistentRead: true }),
    );
    return Item ? { expiresAt: Number(Item.expiresAt), authTime: Number(Item.authTime) } : null;
  }

  async deleteRefreshToken(ref: AccountRef, hash: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: accountPk(ref), sk: REFRESH_SK_PREFIX + hash } }));
  }

  /** Deletes every refresh token of the account: they all sit under its partition. */
  async deleteRefreshTokens(ref: AccountRef): Promise<void> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': accountPk(ref), ':prefix': REFRESH_SK_PREFIX },
          ProjectionExpression: 'pk, sk',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      const keys = (page.Items ?? []).map((item) => ({ pk: item.pk, sk: item.sk }));
      for (let start = 0; start < keys.length; start += 25) await this.deleteKeys(keys.slice(start, start + 25));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  private async deleteKeys(keys: Record<string, unknown>[]): Promise<void> {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
      const result = await this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
      requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
    }
  }

  private async update(
    ref: AccountRef,
    expression: string,
    values: Record<string, unknown>,
    condition?: { expression: string; values: Record<string, unknown> },
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: accountPk(ref), sk: ACCOUNT_SK },
          UpdateExpression: expression,
          ConditionExpression: condition ? `attribute_exists(pk) AND ${condition.expression}` : 'attribute_exists(pk)',
          ExpressionAttributeValues: { ...values, ':one': 1, ...condition?.values },
          ...(expression.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
