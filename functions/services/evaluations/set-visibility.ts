import type { EvaluationGrid } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { gridView, loadOwnGrid, structureConflict, type Period } from './evaluation-scope.ts';

/**
 * « Rendre une évaluation visible ou non » (guide 3.8.2, 3.9.2): the evaluation and its learners'
 * references change in one transaction, conditional on the version read.
 */
export async function setVisibility(
  deps: Pick<Dependencies, 'evaluations' | 'now'>,
  caller: Caller,
  id: string,
  input: { visible: boolean; version: number },
  period: Period,
): Promise<EvaluationGrid> {
  const grid = await loadOwnGrid(deps, caller, id, period);
  const evaluation = grid.evaluation;
  if (evaluation.version !== input.version) return structureConflict(deps, caller, id);
  if (evaluation.visible === input.visible) return gridView(grid);
  const next = { ...evaluation, visible: input.visible, updatedAt: new Date(deps.now()).toISOString(), version: evaluation.version + 1 };
  if (!(await deps.evaluations.replace(evaluation, next))) return structureConflict(deps, caller, id);
  return gridView({ ...grid, evaluation: next });
}
