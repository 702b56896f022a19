import { describe, expect, it } from 'vitest';
import { evaluationSlice, lastResults, resultsByItem, type EvaluationSlice, type SliceSource } from '#shared/domain/learner-results.ts';
import { evaluationItemOf } from '#functions/adapters/store/keys.ts';
import { changesOf } from '#functions/services/results/sync-learner-results.ts';

const source: SliceSource = {
  date: '2026-10-02',
  schoolYear: 2026,
  diploma: 'ga',
  visible: false,
  items: [
    { id: 'c1', qualifiers: ['cx1'] },
    { id: 'c2', qualifiers: [] },
  ],
  learners: [{ id: 'l1' }, { id: 'l2' }],
};

describe('a learner’s slice of an evaluation', () => {
  it('keeps the results of the evaluation’s items, with their qualifiers', () => {
    expect(
      evaluationSlice(source, 'l1', [
        { itemId: 'c1', code: 'RT' },
        { itemId: 'c2', code: 'NE' },
        { itemId: 'gone', code: 'TE' },
      ]),
    ).toEqual({
      date: '2026-10-02',
      schoolYear: 2026,
      diploma: 'ga',
      visible: false,
      results: { c1: 'RT', c2: 'NE' },
      qualifiers: { c1: ['cx1'] },
    });
  });

  it('is null for a learner taken out, or with only cleared cells', () => {
    expect(evaluationSlice(source, 'l3', [{ itemId: 'c1', code: 'RT' }])).toBeNull();
    expect(evaluationSlice(source, 'l2', [{ itemId: 'c1', code: null }])).toBeNull();
    expect(evaluationSlice(source, 'l2', [])).toBeNull();
  });
});

describe('results by item, as dashboards read them', () => {
  const slice = (date: string, results: EvaluationSlice['results'], fields: Partial<EvaluationSlice> = {}): EvaluationSlice => ({
    date,
    schoolYear: 2026,
    diploma: 'ga',
    visible: true,
    results,
    qualifiers: {},
    ...fields,
  });
  const slices = {
    e2: slice('2026-11-05', { c1: 'TE' }),
    e1: slice('2026-10-01', { c1: 'RT', c2: 'RP' }, { qualifiers: { c1: ['cx1'] } }),
    e3: slice('2026-12-01', { c1: 'ECA' }, { visible: false }),
    t1: slice('2026-10-01', { t: 'RT' }, { diploma: 'transport' }),
  };

  it('orders each item’s results by date, per diploma, hidden evaluations only on request', () => {
    const all = resultsByItem(slices, 'ga');
    expect(all.get('c1')?.map((result) => `${result.at} ${result.code} ${result.evaluationId}`)).toEqual([
      '2026-10-01 RT e1',
      '2026-11-05 TE e2',
      '2026-12-01 ECA e3',
    ]);
    expect(all.get('c1')?.[0]?.qualifiers).toEqual(['cx1']);
    expect(all.has('t')).toBe(false);
    expect(
      resultsByItem(slices, 'ga', { visibleOnly: true })
        .get('c1')
        ?.map((result) => result.evaluationId),
    ).toEqual(['e1', 'e2']);
  });

  it('gives the last results newest first', () => {
    expect(lastResults(resultsByItem(slices, 'ga').get('c1')!, 2).map((result) => result.evaluationId)).toEqual(['e3', 'e2']);
  });
});

describe('what the results stream reads in a key', () => {
  it('finds the evaluation and, for a cell, the learner; nothing in other items', () => {
    expect(evaluationItemOf({ pk: 'EST#0000000X#EVAL#e1', sk: 'META#v1' })).toEqual({ uai: '0000000X', evaluationId: 'e1', learnerId: null });
    expect(evaluationItemOf({ pk: 'EST#0000000X#EVAL#e1', sk: 'CELL#l1#ga.1#x' })).toEqual({ uai: '0000000X', evaluationId: 'e1', learnerId: 'l1' });
    expect(evaluationItemOf({ pk: 'EST#0000000X#EVAL#e1', sk: 'COMMENT#l1' })).toBeNull();
    expect(evaluationItemOf({ pk: 'EST#0000000X#USER#l1', sk: 'META#v1' })).toBeNull();
  });

  it('folds a batch into one change per evaluation', () => {
    expect(
      changesOf([
        { uai: 'U', evaluationId: 'e1', learnerId: 'l1' },
        { uai: 'U', evaluationId: 'e1', learnerId: 'l2' },
        { uai: 'U', evaluationId: 'e2', learnerId: null },
        { uai: 'U', evaluationId: 'e1', learnerId: 'l1' },
      ]),
    ).toEqual([
      { uai: 'U', evaluationId: 'e1', learners: new Set(['l1', 'l2']), header: false },
      { uai: 'U', evaluationId: 'e2', learners: new Set(), header: true },
    ]);
  });
});
