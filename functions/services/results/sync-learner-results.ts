import { evaluationSlice, type EvaluationSlice } from '#shared/domain/learner-results.ts';
import type { Dependencies } from '#functions/platform/dependencies.ts';
import type { Evaluation } from '#functions/services/ports/evaluations.ts';

/** What changed in one evaluation: some learners' cells, and perhaps its header. */
export interface EvaluationChange {
  uai: string;
  evaluationId: string;
  /** Learners whose cells changed. */
  learners: Set<string>;
  /** The header changed (items, learners, date, visibility, deletion): every learner may be touched. */
  header: boolean;
}

/** A header being deleted counts as gone: its cells are on their way out. */
const live = (evaluation: Evaluation | null) => (evaluation && !(evaluation as Evaluation & { deleting?: boolean }).deleting ? evaluation : null);

/**
 * Brings the learners' result slices (pattern 19) in line with their evaluations as stored now.
 * Each slice is recomputed from the evaluation itself rather than patched from the change, so a
 * replayed, reordered or duplicated notification can only rewrite the right value.
 * @returns the number of slices written or removed.
 */
export async function syncLearnerResults(deps: Pick<Dependencies, 'evaluations' | 'learnerResults'>, change: EvaluationChange): Promise<number> {
  const { uai, evaluationId } = change;
  const slices = new Map<string, Promise<EvaluationSlice | null>>();
  if (change.header) {
    // One Query for the whole grid. Learners taken out keep their (hidden) cells: their slices go too.
    const grid = await deps.evaluations.grid(uai, evaluationId);
    const evaluation = live(grid?.evaluation ?? null);
    const learnerIds = new Set([...change.learners, ...(grid?.evaluation.learners.map((learner) => learner.id) ?? []), ...(grid?.cells.map((cell) => cell.learnerId) ?? [])]);
    for (const learnerId of learnerIds) {
      const cells = grid?.cells.filter((cell) => cell.learnerId === learnerId) ?? [];
      slices.set(learnerId, Promise.resolve(evaluation ? evaluationSlice(evaluation, learnerId, cells) : null));
    }
  } else {
    const evaluation = live(await deps.evaluations.get(uai, evaluationId));
    for (const learnerId of change.learners) {
      slices.set(learnerId, evaluation ? deps.evaluations.cellsOfLearner(uai, evaluationId, learnerId).then((cells) => evaluationSlice(evaluation, learnerId, cells)) : Promise.resolve(null));
    }
  }
  await Promise.all([...slices].map(async ([learnerId, slice]) => deps.learnerResults.setEvaluationSlice(uai, learnerId, evaluationId, await slice)));
  return slices.size;
}

/** Folds a batch of item changes into one change per evaluation. */
export function changesOf(items: readonly { uai: string; evaluationId: string; learnerId: string | null }[]): EvaluationChange[] {
  const byEvaluation = new Map<string, EvaluationChange>();
  for (const item of items) {
    const id = `${item.uai}|${item.evaluationId}`;
    const change = byEvaluation.get(id) ?? { uai: item.uai, evaluationId: item.evaluationId, learners: new Set<string>(), header: false };
    if (item.learnerId === null) change.header = true;
    else change.learners.add(item.learnerId);
    byEvaluation.set(id, change);
  }
  return [...byEvaluation.values()];
}
