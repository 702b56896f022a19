import type { EvaluationCode } from './evaluation-codes.ts';
import type { MasteryResult } from './mastery.ts';

/**
 * A learner's results, kept together so that dashboards (guide 3.10–3.13) read one item per
 * learner instead of every evaluation (data-model.md, pattern 19). Each evaluation the learner
 * has results in contributes one slice; the slices are rewritten from the evaluation itself
 * whenever it changes, so they never drift from what the grid shows.
 */
export interface EvaluationSlice {
  date: string;
  schoolYear: number;
  diploma: string;
  /** Shown to learners: their own dashboards count only visible evaluations. */
  visible: boolean;
  /** Item id → stable code; items without a result are absent. */
  results: Record<string, EvaluationCode>;
  /** Item id → the GA complexités and aléas the evaluation attached to it (absent when none). */
  qualifiers: Record<string, string[]>;
}

/** What a slice is made from: the evaluation's header and the learner's cells in it. */
export interface SliceSource {
  date: string;
  schoolYear: number;
  diploma: string;
  visible: boolean;
  items: readonly { id: string; qualifiers: readonly string[] }[];
  learners: readonly { id: string }[];
}

/**
 * The slice of one learner in one evaluation, or null when the learner has no result there:
 * taken out of the evaluation, only empty or cleared cells, or results on items taken out.
 * @example evaluationSlice({ date: '2026-10-02', schoolYear: 2026, diploma: 'ga', visible: true, items: [{ id: 'c1', qualifiers: [] }], learners: [{ id: 'l1' }] }, 'l1', [{ itemId: 'c1', code: 'RT' }])
 * // { date: '2026-10-02', schoolYear: 2026, diploma: 'ga', visible: true, results: { c1: 'RT' }, qualifiers: {} }
 */
export function evaluationSlice(
  source: SliceSource,
  learnerId: string,
  cells: readonly { itemId: string; code: EvaluationCode | null }[],
): EvaluationSlice | null {
  if (!source.learners.some((learner) => learner.id === learnerId)) return null;
  const items = new Map(source.items.map((item) => [item.id, item]));
  const results: Record<string, EvaluationCode> = {};
  const qualifiers: Record<string, string[]> = {};
  for (const cell of cells) {
    const item = items.get(cell.itemId);
    if (!item || !cell.code) continue;
    results[item.id] = cell.code;
    if (item.qualifiers.length > 0) qualifiers[item.id] = [...item.qualifiers];
  }
  if (Object.keys(results).length === 0) return null;
  return { date: source.date, schoolYear: source.schoolYear, diploma: source.diploma, visible: source.visible, results, qualifiers };
}

/** A result as a dashboard shows it: the mastery input, where it came from, its GA qualifiers. */
export interface ItemResult extends MasteryResult {
  evaluationId: string;
  /** Complexités and aléas together; the dashboard splits them with its référentiel for `competenceBars`. */
  qualifiers: readonly string[];
}

/**
 * Per item, the results of one diploma in date order (oldest first), ready for `mastery` and
 * `competenceBars`; `visibleOnly` for the learner's and parents' own views.
 */
export function resultsByItem(
  slices: Readonly<Record<string, EvaluationSlice>>,
  diploma: string,
  options: { visibleOnly?: boolean } = {},
): Map<string, ItemResult[]> {
  const byItem = new Map<string, ItemResult[]>();
  for (const [evaluationId, slice] of Object.entries(slices)) {
    if (slice.diploma !== diploma || (options.visibleOnly && !slice.visible)) continue;
    for (const [itemId, code] of Object.entries(slice.results)) {
      const list = byItem.get(itemId) ?? [];
      list.push({ code, at: slice.date, evaluationId, qualifiers: slice.qualifiers[itemId] ?? [] });
      byItem.set(itemId, list);
    }
  }
  for (const list of byItem.values()) list.sort((a, b) => a.at.localeCompare(b.at) || a.evaluationId.localeCompare(b.evaluationId));
  return byItem;
}

/** The last `count` results of an item, newest first (the dashboards' tooltip shows 10). */
export function lastResults(results: readonly ItemResult[], count = 10): ItemResult[] {
  return results.slice(-count).reverse();
}
