import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '#functions/adapters/store/dynamo.ts';
import { keys } from '#functions/adapters/store/keys.ts';
import { tableName } from '#functions/adapters/store/table.ts';
import { useStack } from '../support/stack.ts';
import { adminSpace, division, learner, store } from './support.ts';

const stack = useStack();
const GB = 1024 ** 3;

describe('Informations abonnement', () => {
  it('shows the account, the plan and, per diploma taught, the space used against its quota', async () => {
    const { uai, call } = await adminSpace(stack.url, 'Lycée Marie Curie');
    await store(
      [
        division(uai, '1GA1', { diplomas: ['ga'] }),
        division(uai, '2TR1', { diplomas: ['transport'] }),
        division(uai, '2NDE1', { diplomas: ['2nde-gatl'] }),
        division(uai, 'SIECLE1'),
      ],
      // A class known only from SIECLE has no diplomas of its own: its learners tell.
      [learner(uai, { firstName: 'Léa', lastName: 'Martin', division: 'SIECLE1', diploma: 'agora' })],
    );
    // What the operator and the attachment uploads will write: a raised quota, a usage counter.
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.establishment(uai),
        UpdateExpression: 'SET quotas = :quotas',
        ExpressionAttributeValues: { ':quotas': { transport: 10 * GB } },
      }),
    );
    await documentClient().send(
      new PutCommand({ TableName: tableName(), Item: { ...keys.quotaCounter(uai, 'ga'), passportBytes: GB, scenarioBytes: GB / 2 } }),
    );

    const answer = await call('GET', '/api/abonnement');

    expect(answer.status).toBe(200);
    expect(answer.body.establishment).toEqual({ uai, name: 'Lycée Marie Curie', email: `direction-${uai.toLowerCase()}@example.fr` });
    expect(answer.body.plan).toEqual({ label: 'Abonnement Cerise', startsOn: null, endsOn: null });
    expect(answer.body.storage).toEqual([
      { diploma: 'ga', label: 'Bac Pro Gestion-Administration', quotaBytes: 3 * GB, passportBytes: GB, scenarioBytes: GB / 2, percentUsed: 50 },
      { diploma: 'agora', label: expect.stringMatching(/AGOrA/), quotaBytes: 3 * GB, passportBytes: 0, scenarioBytes: 0, percentUsed: 0 },
      { diploma: 'transport', label: 'Bac Pro Transport', quotaBytes: 10 * GB, passportBytes: 0, scenarioBytes: 0, percentUsed: 0 },
    ]);
  });
});
