import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PeopleWriterPort } from '#functions/services/ports/people-writer.ts';
import type { User } from '#functions/services/ports/users.ts';
import { documentClient } from './dynamo.ts';
import { awsErrorName } from './table.ts';
import { createUserPuts, saveUserPut } from './users.ts';

/** DynamoDB allows 100 actions per transaction: 50 new users (user + login) or 100 saves. */
const CREATES_PER_TRANSACTION = 50;
const SAVES_PER_TRANSACTION = 100;

type Action = ReturnType<typeof saveUserPut> | ReturnType<typeof createUserPuts>[number];

/**
 * Writes each chunk in one transaction; when a chunk is refused, its users are written one by
 * one so that only the conflicting ones are left out.
 */
async function writeInChunks(
  users: User[],
  size: number,
  actionsOf: (user: User) => Action[],
  onProgress?: (done: number) => void,
): Promise<{ conflicts: User[] }> {
  const conflicts: User[] = [];
  let done = 0;
  for (let index = 0; index < users.length; index += size) {
    const chunk = users.slice(index, index + size);
    if (!(await transact(chunk.flatMap(actionsOf)))) {
      for (const user of chunk) if (!(await transact(actionsOf(user)))) conflicts.push(user);
    }
    done += chunk.length;
    onProgress?.(done);
  }
  return { conflicts };
}

async function transact(actions: Action[]): Promise<boolean> {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: actions }));
    return true;
  } catch (error) {
    if (awsErrorName(error) === 'TransactionCanceledException') return false;
    throw error;
  }
}

export const peopleWriter: PeopleWriterPort = {
  createMany: (users, onProgress) => writeInChunks(users, CREATES_PER_TRANSACTION, createUserPuts, onProgress),
  saveMany: (users, onProgress) => writeInChunks(users, SAVES_PER_TRANSACTION, (user) => [saveUserPut(user)], onProgress),
};
