import { describe, expect, it } from 'vitest';
import { referentiel } from '#shared/referentiels/index.ts';
import { resultsByItem } from '#shared/domain/learner-results.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { useStack } from '../support/stack.ts';
import { evaluationForm, evaluationSpace } from './support.ts';

const stack = useStack();

/** The results stream runs after the write: read the learner's slices until they match. */
async function eventually<T>(read: () => Promise<T>, expected: (value: T) => void, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      expected(value);
      return;
    } catch (failure) {
      if (Date.now() > until) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('Learners’ results for dashboards (pattern 19, fed by the table stream)', () => {
  it('keeps each learner’s slice in line with cells, fills, structure edits, visibility and deletion', async () => {
    const { uai, learners, asAuthor } = await evaluationSpace(stack.url);
    const [a, b, c] = learners.map((learner) => learner.user.userId) as [string, string, string];
    const slices = (learnerId: string) => dependencies().learnerResults.get(uai, learnerId);
    const qualifier = (await referentiel('ga')).qualifiersOf('ga.1.1.1')[0]!.id;

    const created = await asAuthor('POST', '/api/evaluations', evaluationForm([a, b], { qualifiers: { 'ga.1.1.1': [qualifier] } }));
    expect(created.status).toBe(201);
    const { id, date, schoolYear } = created.body.evaluation as { id: string; date: string; schoolYear: number };
    const cell = (learnerId: string, itemId: string, code: string | null, expectedVersion: number | null) =>
      asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId, itemId, code, expectedVersion });

    expect((await cell(a, 'ga.1.1.1', 'RT', null)).status).toBe(200);
    expect((await cell(a, 'ga.1.1.2', 'TE', null)).status).toBe(200);
    expect((await cell(b, 'ga.1.1.2', 'ABS', null)).status).toBe(200);
    await eventually(
      () => slices(a),
      (value) =>
        expect(value).toEqual({
          [id]: { date, schoolYear, diploma: 'ga', visible: false, results: { 'ga.1.1.1': 'RT', 'ga.1.1.2': 'TE' }, qualifiers: { 'ga.1.1.1': [qualifier] } },
        }),
    );
    await eventually(
      () => slices(b),
      (value) => expect(value[id]?.results).toEqual({ 'ga.1.1.2': 'ABS' }),
    );

    // A result changed, a result cleared, a row filled.
    expect((await cell(a, 'ga.1.1.1', 'ECA', 1)).status).toBe(200);
    expect((await cell(b, 'ga.1.1.2', null, 1)).status).toBe(200);
    await eventually(
      () => slices(b),
      (value) => expect(value).toEqual({}),
    );
    expect((await asAuthor('POST', `/api/evaluations/${id}/fill`, { learnerIds: [b], code: 'RP' })).status).toBe(200);
    await eventually(
      () => slices(b),
      (value) => expect(value[id]?.results).toEqual({ 'ga.1.1.1': 'RP', 'ga.1.1.2': 'RP' }),
    );
    await eventually(
      () => slices(a),
      (value) => expect(value[id]?.results).toEqual({ 'ga.1.1.1': 'ECA', 'ga.1.1.2': 'TE' }),
    );

    // Structure: learner b and item ga.1.1.2 taken out, c added, a new date, made visible.
    const current = (await asAuthor('GET', `/api/evaluations/${id}`)).body.evaluation as { version: number };
    const edited = await asAuthor('PUT', `/api/evaluations/${id}`, {
      title: 'Accueil (suite)',
      date,
      items: ['ga.1.1.1'],
      qualifiers: {},
      learnerIds: [a, c],
      version: current.version,
    });
    expect(edited.status).toBe(200);
    const shown = await asAuthor('PUT', `/api/evaluations/${id}/visibility`, { visible: true, version: edited.body.evaluation.version });
    expect(shown.status).toBe(200);
    await eventually(
      () => slices(a),
      (value) => expect(value[id]).toMatchObject({ visible: true, results: { 'ga.1.1.1': 'ECA' }, qualifiers: {} }),
    );
    await eventually(
      () => slices(b),
      (value) => expect(value).toEqual({}),
    );
    expect(await slices(c)).toEqual({});

    // What a dashboard reads: one GetItem, then per item the results in date order.
    const byItem = resultsByItem(await slices(a), 'ga', { visibleOnly: true });
    expect(byItem.get('ga.1.1.1')).toEqual([{ code: 'ECA', at: date, evaluationId: id, qualifiers: [] }]);

    // Deleted: the slices go with it.
    expect((await asAuthor('DELETE', `/api/evaluations/${id}`)).status).toBe(200);
    await eventually(
      () => slices(a),
      (value) => expect(value).toEqual({}),
    );
  });

  it('recomputes a slice from the stored evaluation, so a replayed notification changes nothing', async () => {
    const { uai, learners, asAuthor } = await evaluationSpace(stack.url);
    const a = learners[0]!.user.userId;
    const created = await asAuthor('POST', '/api/evaluations', evaluationForm([a]));
    const id = created.body.evaluation.id as string;
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });
    const deps = dependencies();
    await eventually(
      () => deps.learnerResults.get(uai, a),
      (value) => expect(value[id]?.results).toEqual({ 'ga.1.1.1': 'RT' }),
    );

    const { handler } = await import('#functions/events/results-changed.ts');
    const record = (sk: string) => ({ eventName: 'MODIFY' as const, dynamodb: { Keys: { pk: { S: `EST#${uai}#EVAL#${id}` }, sk: { S: sk } } } });
    const replay = await handler({
      Records: [
        record(`CELL#${a}#ga.1.1.1`),
        record('META#v1'),
        record(`COMMENT#${a}`),
        { eventName: 'MODIFY', dynamodb: { Keys: { pk: { S: `EST#${uai}#USER#${a}` }, sk: { S: 'USER#v1' } } } },
      ],
    });
    expect(replay).toEqual({ records: 4, evaluations: 1, slices: 1 });
    expect((await deps.learnerResults.get(uai, a))[id]?.results).toEqual({ 'ga.1.1.1': 'RT' });
  });
});
