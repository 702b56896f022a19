import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { AlreadyExists, Missing, VersionConflict } from '#functions/services/ports/errors.ts';
import type { User, UsersPort } from '#functions/services/ports/users.ts';
import { documentClient } from './dynamo.ts';
import { keys, sortName } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';

export function userItem(user: User) {
  const name = sortName(user.lastName, user.firstName);
  const inDivision = user.profile === 'apprenant' && user.division !== null && user.leftOn === null;
  return {
    ...keys.user(user.uai, user.userId),
    ...keys.usersIndex(user.uai, user.profile, name, user.userId),
    ...(inDivision ? keys.learnersIndex(user.uai, user.division!, name, user.userId) : {}),
    entity: 'User',
    ...user,
  };
}

export function loginItem(user: Pick<User, 'uai' | 'login' | 'userId'>) {
  return { ...keys.login(user.uai, user.login), entity: 'Login', userId: user.userId };
}

/** The two puts that create a user; both fail if the user id or the login already exists. */
export function createUserPuts(user: User) {
  return [
    { Put: { TableName: tableName(), Item: userItem(user), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: tableName(), Item: loginItem(user), ConditionExpression: 'attribute_not_exists(pk)' } },
  ];
}

/** The put that replaces a user, conditional on the version that was read. */
export function saveUserPut(user: User) {
  return {
    Put: {
      TableName: tableName(),
      Item: userItem({ ...user, version: user.version + 1, updatedAt: new Date().toISOString() }),
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': user.version },
    },
  };
}

/** Reads every page of a query: callers only query bounded partitions (see docs/data-model.md). */
export async function queryAll(input: Omit<QueryCommandInput, 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

const toUser = (item: Record<string, unknown>) => withoutKeys(item) as unknown as User;

export const usersStore: UsersPort = {
  async get(uai, userId) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.user(uai, userId) }));
    return Item ? toUser(Item) : null;
  },

  async getMany(uai, userIds) {
    const unique = [...new Set(userIds)];
    const users: User[] = [];
    for (let index = 0; index < unique.length; index += 100) {
      let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
        [tableName()]: { Keys: unique.slice(index, index + 100).map((userId) => keys.user(uai, userId)) },
      };
      // BatchGet may return part of the keys under load: ask again for the rest.
      while (request && Object.keys(request).length > 0) {
        const answer = await documentClient().send(new BatchGetCommand({ RequestItems: request }));
        users.push(...(answer.Responses?.[tableName()] ?? []).map(toUser));
        request = answer.UnprocessedKeys as typeof request;
      }
    }
    return users;
  },

  async findByLogin(uai, login) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.login(uai, login) }));
    return Item ? this.get(uai, String(Item.userId)) : null;
  },

  async listByProfile(uai, profiles) {
    const pages = await Promise.all(
      profiles.map((profile) =>
        queryAll({
          TableName: tableName(),
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :profile)',
          ExpressionAttributeValues: { ':pk': keys.usersIndex(uai, profile, '', '').gsi1pk, ':profile': `${profile}#` },
        }),
      ),
    );
    return pages.flat().map(toUser);
  },

  async learnersOfDivision(uai, code) {
    const items = await queryAll({
      TableName: tableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.learnersIndex(uai, code, '', '').gsi2pk },
    });
    return items.map(toUser);
  },

  async learnersWithoutDivision(uai) {
    // The learners' listing (pattern 3), filtered: they are not in the divisions' index.
    const items = await queryAll({
      TableName: tableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :profile)',
      FilterExpression: 'attribute_type(#division, :null) AND attribute_type(leftOn, :null)',
      ExpressionAttributeNames: { '#division': 'division' },
      ExpressionAttributeValues: { ':pk': keys.usersIndex(uai, 'apprenant', '', '').gsi1pk, ':profile': 'apprenant#', ':null': 'NULL' },
    });
    return items.map(toUser);
  },

  async create(user) {
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: createUserPuts(user) }));
    } catch (error) {
      if (awsErrorName(error) === 'TransactionCanceledException') throw new AlreadyExists('account');
      throw error;
    }
  },

  async save(user) {
    const put = saveUserPut(user);
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: [put] }));
    } catch (error) {
      if (awsErrorName(error) === 'TransactionCanceledException') throw new VersionConflict();
      throw error;
    }
    return toUser(put.Put.Item);
  },

  async remove(user) {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: tableName(), Key: keys.user(user.uai, user.userId) } },
          { Delete: { TableName: tableName(), Key: keys.login(user.uai, user.login) } },
        ],
      }),
    );
  },

  setEmail(uai, userId, email) {
    return updateUser(uai, userId, { email });
  },

  setStatus(uai, userId, status) {
    return updateUser(uai, userId, { status });
  },
};

/** Sets some attributes of an existing user, bumping its version; Missing when it is gone. */
async function updateUser(uai: string, userId: string, changes: Partial<Pick<User, 'email' | 'status'>>): Promise<User> {
  const names = Object.keys(changes);
  const values = Object.fromEntries(names.map((name) => [`:${name}`, changes[name as keyof typeof changes]]));
  try {
    const { Attributes } = await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.user(uai, userId),
        UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}, updatedAt = :now, version = version + :one`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
        ExpressionAttributeValues: { ...values, ':now': new Date().toISOString(), ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toUser(Attributes!);
  } catch (error) {
    if (awsErrorName(error) === 'ConditionalCheckFailedException') throw new Missing();
    throw error;
  }
}
