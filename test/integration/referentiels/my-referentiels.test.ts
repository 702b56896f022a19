import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import type { Division } from '#functions/services/ports/structure.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

function division(uai: string, code: string, diplomas: string[]): Division {
  const now = new Date().toISOString();
  return {
    uai,
    code,
    label: code,
    kind: 'division',
    mefCodes: [],
    diplomas,
    divisionCodes: [],
    origin: 'sts',
    parentAccess: { all: false, diplomas: [] },
    counts: { learners: 0, guardians: 0, guardiansWithEmail: 0 },
    createdAt: now,
    updatedAt: now,
  };
}

/** Gives a stored user what an import would (divisions, diploma), through the store. */
async function amend(uai: string, userId: string, change: { divisions?: string[]; diploma?: string }) {
  const deps = dependencies();
  const user = (await deps.users.get(uai, userId))!;
  await deps.users.save({ ...user, ...change });
}

describe('my référentiels', () => {
  it('gives a teacher the diplomas of their divisions, with the BEP MSA of a GA division', async () => {
    const { uai } = await newEstablishment();
    await dependencies().structure.createMany([
      division(uai, 'TGA1', ['ga']),
      division(uai, '1TRA', ['transport']),
      division(uai, '2LOG', ['metiers-logistique']),
    ]);
    const teacher = await newMember(stack.url, uai, 'enseignant');
    await amend(uai, teacher.user.userId, { divisions: ['TGA1', '1TRA'] });

    const answer = await teacher.client.call('GET', '/api/referentiels', { token: teacher.token });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.mine).toEqual(['ga', 'transport', 'bep-msa']);
    expect(answer.body.referentiels.find((entry: { id: string }) => entry.id === 'agora')).toMatchObject({ status: 'provisional', attachedTo: null });
  });

  it('gives a learner the diploma of their MEF, and the administrator every diploma', async () => {
    const { uai } = await newEstablishment();
    const learner = await newMember(stack.url, uai, 'apprenant');
    await amend(uai, learner.user.userId, { diploma: 'logistique' });
    const admin = await newMember(stack.url, uai, 'admin');

    const mine = await learner.client.call('GET', '/api/referentiels', { token: learner.token });
    expect(mine.body.mine).toEqual(['logistique']);
    const all = await admin.client.call('GET', '/api/referentiels', { token: admin.token });
    expect(all.body.mine).toEqual(['ga', 'agora', 'transport', 'otm', 'logistique', 'metiers-logistique', 'bep-msa']);
  });
});
