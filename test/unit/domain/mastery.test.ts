import { describe, expect, it } from 'vitest';
import { competenceBars, mastery, masteryRuleOf, type MasteryResult, type QualifiedResult } from '#shared/domain/mastery.ts';

const results = (...entries: [MasteryResult['code'], string][]): MasteryResult[] => entries.map(([code, at]) => ({ code, at }));

describe('mastery of an item (one rule for every dashboard)', () => {
  it('weighs the four degrees 100, 67, 33 and 0 %', () => {
    expect(['RT', 'RP', 'ECA', 'TE'].map((code) => mastery(results([code as MasteryResult['code'], '2026-10-01']), 'latest'))).toEqual([100, 67, 33, 0]);
  });

  it('counts the best result under the GA rule, whatever the order', () => {
    expect(mastery(results(['ECA', '2026-10-01'], ['RT', '2026-11-02'], ['TE', '2026-12-03']), 'best')).toBe(100);
    expect(mastery(results(['TE', '2026-12-03'], ['RP', '2026-10-01']), 'best')).toBe(67);
  });

  it('counts the most recent result under the latest rule, by date not by list order', () => {
    expect(mastery(results(['ECA', '2026-10-01'], ['RT', '2026-11-02'], ['TE', '2026-12-03']), 'latest')).toBe(0);
    expect(mastery(results(['TE', '2026-12-03'], ['RT', '2026-11-02']), 'latest')).toBe(0);
    expect(mastery(results(['TE', '2026-12-03T08:00:00Z'], ['RP', '2026-12-03T08:00:00Z']), 'latest')).toBe(67);
  });

  it('ignores Non évaluable and Absent: they neither raise nor lower mastery', () => {
    expect(mastery(results(['RP', '2026-10-01'], ['NE', '2026-11-02'], ['ABS', '2026-12-01']), 'latest')).toBe(67);
    expect(mastery(results(['NE', '2026-10-01'], ['ABS', '2026-11-02']), 'best')).toBeNull();
    expect(mastery([], 'latest')).toBeNull();
  });

  it('applies the best rule to GA only', () => {
    expect(masteryRuleOf('ga')).toBe('best');
    expect(['agora', 'transport', 'otm', 'logistique', 'metiers-logistique'].map((id) => masteryRuleOf(id as 'ga'))).toEqual([
      'latest',
      'latest',
      'latest',
      'latest',
      'latest',
    ]);
  });
});

describe('the GA bars of a competence: competence, complexités, aléas', () => {
  const qualified = (code: QualifiedResult['code'], at: string, complexites: string[] = [], aleas: string[] = []): QualifiedResult => ({
    code,
    at,
    complexites,
    aleas,
  });

  it('takes the best result for the competence, and averages the best per complexité and per aléa met', () => {
    const bars = competenceBars([
      qualified('RT', '2026-10-01', ['C1']),
      qualified('TE', '2026-10-02', ['C2'], ['A1']),
      qualified('RP', '2026-10-03', ['C2'], ['A1', 'A2']),
      qualified('NE', '2026-10-04', ['C3'], ['A3']),
    ]);
    // C1: 100, C2: best(0, 67) = 67 → 83.5 → 84; A1: 67, A2: 67 → 67; C3 and A3 only NE: not counted.
    expect(bars).toEqual({ competence: 100, complexites: 84, aleas: 67 });
  });

  it('leaves a bar empty when no counted result carried a complexité or an aléa', () => {
    expect(competenceBars([qualified('ECA', '2026-10-01')])).toEqual({ competence: 33, complexites: null, aleas: null });
    expect(competenceBars([])).toEqual({ competence: null, complexites: null, aleas: null });
  });

  it('counts a complexité repeated inside one result once', () => {
    expect(competenceBars([qualified('RP', '2026-10-01', ['C1', 'C1'])]).complexites).toBe(67);
  });
});
