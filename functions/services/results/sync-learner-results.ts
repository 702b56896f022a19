import { evaluationSlice, type EvaluationSlice } from '#shared/domain/learner-results.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Evaluation, EvaluationItemRef, ItemKey } from '#functions/services/ports/evaluations.ts';

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
  const slices = change.header ? await slicesOfWholeEvaluation(deps, change) : await slicesOfLearners(deps, change);
  await Promise.all([...slices].map(([learnerId, slice]) => deps.learnerResults.setEvaluationSlice(change.uai, learnerId, change.evaluationId, slice)));
  return slices.size;
}

/** A header change: one Query of the partition. Learners taken out keep their (hidden) cells: their slices go too. */
async function slicesOfWholeEvaluation(
  deps: Pick<Dependencies, 'evaluations'>,
  { uai, evaluationId, learners }: EvaluationChange,
): Promise<Map<string, EvaluationSlice | null>> {
  const grid = await deps.evaluations.grid(uai, evaluationId);
  const evaluation = live(grid?.evaluation ?? null);
  const learnerIds = new Set([
    ...learners,
    ...(grid?.evaluation.learners.map((learner) => learner.id) ?? []),
    ...(grid?.cells.map((cell) => cell.learnerId) ?? []),
  ]);
  return new Map(
    [...learnerIds].map((learnerId) => {
      const cells = grid?.cells.filter((cell) => cell.learnerId === learnerId) ?? [];
      return [learnerId, evaluation ? evaluationSlice(evaluation, learnerId, cells) : null];
    }),
  );
}

/** Cell changes only: the header, then each touched learner's cells. */
async function slicesOfLearners(
  deps: Pick<Dependencies, 'evaluations'>,
  { uai, evaluationId, learners }: EvaluationChange,
): Promise<Map<string, EvaluationSlice | null>> {
  const evaluation = live(await deps.evaluations.get(uai, evaluationId));
  const entries = await Promise.all(
    [...learners].map(
      async (learnerId) =>
        [learnerId, evaluation ? evaluationSlice(evaluation, learnerId, await deps.evaluations.cellsOfLearner(uai, evaluationId, learnerId)) : null] as const,
    ),
  );
  return new Map(entries);
}

/**
 * A batch of the table's stream: the changed items' keys, read by the store, folded into one
 * change per evaluation, each synced in turn (in order: one evaluation's records share a shard).
 */
export async function syncChangedItems(
  deps: Pick<Dependencies, 'evaluations' | 'learnerResults'>,
  changed: readonly ItemKey[],
): Promise<{ evaluations: number; slices: number }> {
  const changes = changesOf(changed.map((key) => deps.evaluations.itemOf(key)).filter((item) => item !== null));
  let slices = 0;
  for (const change of changes) slices += await syncLearnerResults(deps, change);
  return { evaluations: changes.length, slices };
}

/** Folds a batch of item changes into one change per evaluation. */
export function changesOf(items: readonly EvaluationItemRef[]): EvaluationChange[] {
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
