import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AppError } from '#shared/api/errors.ts';
import type { User, UsersPort } from '#functions/services/ports/users.ts';
import { documentClient } from './dynamo.ts';
import { keys, sortName } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';

export function userItem(user: User) {
  return {
    ...keys.user(user.uai, user.userId),
    ...keys.usersIndex(user.uai, user.profile, sortName(user.lastName, user.firstName), user.userId),
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

export const usersStore: UsersPort = {
  async get(uai, userId) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.user(uai, userId) }));
    return Item ? (withoutKeys(Item) as User) : null;
  },

  async findByLogin(uai, login) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.login(uai, login) }));
    return Item ? this.get(uai, String(Item.userId)) : null;
  },

  async create(user) {
    try {
      await documentClient().send(new TransactWriteCommand({ TransactItems: createUserPuts(user) }));
    } catch (error) {
      if (awsErrorName(error) === 'TransactionCanceledException') throw new AppError('ACCOUNT_EXISTS');
      throw error;
    }
  },

  setEmail(uai, userId, email) {
    return updateUser(uai, userId, { email });
  },

  setStatus(uai, userId, status) {
    return updateUser(uai, userId, { status });
  },
};

/** Sets some attributes of an existing user, bumping its version; NOT_FOUND when it is gone. */
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
    return withoutKeys(Attributes!) as User;
  } catch (error) {
    if (awsErrorName(error) === 'ConditionalCheckFailedException') throw new AppError('NOT_FOUND');
    throw error;
  }
}
