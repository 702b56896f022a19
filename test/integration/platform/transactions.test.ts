import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { documentClient } from '#functions/adapters/store/dynamo.ts';
import { keys } from '#functions/adapters/store/keys.ts';
import { AlreadyExists } from '#functions/services/ports/errors.ts';
import type { User } from '#functions/services/ports/users.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { useStack } from '../support/stack.ts';
import { uniqueUai } from '../support/people.ts';

const stack = useStack();

function person(uai: string, login: string): User {
  return newUser({ uai, login, profile: 'enseignant', firstName: 'Léa', lastName: 'Martin' });
}

describe('writes that go together, through the DynamoDB emulator', () => {
  it('commits a user and its login together', async () => {
    const user = person(uniqueUai(), 'lea.martin');
    await dependencies().users.create(user);
    expect(await dependencies().users.findByLogin(user.uai, 'lea.martin')).toMatchObject({ userId: user.userId });
  });

  it('rolls the user back when its login is taken, writing nothing', async () => {
    const uai = uniqueUai();
    const first = person(uai, 'lea.martin');
    const second = person(uai, 'lea.martin');
    await dependencies().users.create(first);
    await expect(dependencies().users.create(second)).rejects.toBeInstanceOf(AlreadyExists);
    const { Item } = await documentClient().send(new GetCommand({ TableName: stack.env.TABLE_NAME, Key: keys.user(uai, second.userId) }));
    expect(Item).toBeUndefined();
    expect((await dependencies().users.findByLogin(uai, 'lea.martin'))?.userId).toBe(first.userId);
  });
});
