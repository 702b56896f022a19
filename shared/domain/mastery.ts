import { codeDefinition, type EvaluationCode } from './evaluation-codes.ts';
import type { DiplomaId } from './diplomas.ts';

/**
 * Mastery of a référentiel item, for dashboards (guide 3.12, 3.13; PRODUCT.md « Evaluation codes »).
 *
 * Each counted code is worth a percentage: RT 100, RP 67, ECA 33, TE 0. NE (« Non évaluable »)
 * and ABS (« Absent ») are not counted at all: they neither raise nor lower mastery, and a
 * learner with only NE/ABS results has no mastery (null, shown as « non évalué »), not 0 %.
 *
 * The aggregation rule depends on the diploma (PRODUCT.md « Diplomas »):
 * - `best` — Bac Pro GA: the best counted result (passport fiches and evaluations alike);
 * - `latest` — every other diploma: the most recent counted result; an NE or ABS given later
 *   does not hide it. Results of the same instant: the one given last in the list wins.
 */
export type MasteryRule = 'best' | 'latest';

/** One recorded result on an item: the stable code and when it was given (ISO date or date-time). */
export interface MasteryResult {
  code: EvaluationCode;
  at: string;
}

/**
 * The rule of a diploma's dashboards. Only GA counts the best result; AGOrA, which replaced it,
 * follows the general rule until the référentiel says otherwise.
 * @example masteryRuleOf('ga') // 'best'
 * @example masteryRuleOf('transport') // 'latest'
 */
export function masteryRuleOf(diploma: DiplomaId): MasteryRule {
  return diploma === 'ga' ? 'best' : 'latest';
}

/**
 * The mastery percentage (0–100, whole number) of an item from its results, or null when none
 * of them counts.
 * @example mastery([{ code: 'ECA', at: '2026-10-01' }, { code: 'RT', at: '2026-11-02' }, { code: 'TE', at: '2026-12-03' }], 'best') // 100
 * @example mastery([{ code: 'ECA', at: '2026-10-01' }, { code: 'RT', at: '2026-11-02' }, { code: 'TE', at: '2026-12-03' }], 'latest') // 0
 * @example mastery([{ code: 'RP', at: '2026-10-01' }, { code: 'NE', at: '2026-11-02' }], 'latest') // 67
 * @example mastery([{ code: 'ABS', at: '2026-10-01' }], 'best') // null
 */
export function mastery(results: readonly MasteryResult[], rule: MasteryRule): number | null {
  let chosen: { weight: number; at: string } | null = null;
  for (const result of results) {
    const weight = codeDefinition(result.code).masteryWeight;
    if (weight === null) continue;
    const better = chosen === null || (rule === 'best' ? weight > chosen.weight : result.at >= chosen.at);
    if (better) chosen = { weight, at: result.at };
  }
  return chosen?.weight ?? null;
}

/**
 * A GA result on a competence, with the complexités and aléas that were attached to the fiche
 * or the evaluation for that competence (ids from the référentiel's pôle lists).
 */
export interface QualifiedResult extends MasteryResult {
  complexites: readonly string[];
  aleas: readonly string[];
}

/** The three GA bars of a competence (guide 3.12); null: nothing counted for that bar. */
export interface CompetenceBars {
  competence: number | null;
  complexites: number | null;
  aleas: number | null;
}

/**
 * The GA dashboard's three bars for one competence:
 * - **competence**: `mastery` of all its results;
 * - **complexités**: for each complexité met in at least one result, `mastery` of the results
 *   that carried it; the bar is the mean of those, rounded. A complexité never met is not
 *   counted as 0: the bar measures how well the complexités tried were handled, and the tooltip
 *   lists which ones (coverage is a separate question);
 * - **aléas**: the same with the aléas.
 * Results without any complexité count only for the competence bar.
 * @example competenceBars([
 *   { code: 'RT', at: '2026-10-01', complexites: ['C1'], aleas: [] },
 *   { code: 'TE', at: '2026-10-02', complexites: ['C2'], aleas: ['A1'] },
 *   { code: 'NE', at: '2026-10-03', complexites: ['C3'], aleas: [] },
 * ]) // { competence: 100, complexites: 50, aleas: 0 }
 */
export function competenceBars(results: readonly QualifiedResult[], rule: MasteryRule = 'best'): CompetenceBars {
  return {
    competence: mastery(results, rule),
    complexites: qualifierBar(results, (result) => result.complexites, rule),
    aleas: qualifierBar(results, (result) => result.aleas, rule),
  };
}

function qualifierBar(results: readonly QualifiedResult[], qualifiers: (result: QualifiedResult) => readonly string[], rule: MasteryRule): number | null {
  const byQualifier = new Map<string, MasteryResult[]>();
  for (const result of results) {
    for (const id of new Set(qualifiers(result))) {
      const list = byQualifier.get(id) ?? [];
      list.push(result);
      byQualifier.set(id, list);
    }
  }
  const values = [...byQualifier.values()].map((list) => mastery(list, rule)).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}
