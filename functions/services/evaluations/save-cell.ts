import { AppError } from '#shared/api/errors.ts';
import type { SaveCell } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Cell, Evaluation } from '../ports/evaluations.ts';
import { loadOwnEvaluation } from './evaluation-scope.ts';

/** The learner and item of a cell must be in the evaluation as it is now. */
export function assertInGrid(evaluation: Evaluation, learnerIds: readonly string[], itemIds: readonly string[]) {
  const learners = new Set(evaluation.learners.map((learner) => learner.id));
  const items = new Set(evaluation.items.map((item) => item.id));
  const unknownLearners = learnerIds.filter((id) => !learners.has(id));
  if (unknownLearners.length > 0)
    throw new AppError('EVALUATION_LEARNERS_UNKNOWN', { field: 'learnerId', params: { learners: unknownLearners.slice(0, 10).join(', ') } });
  const unknownItems = itemIds.filter((id) => !items.has(id));
  if (unknownItems.length > 0) throw new AppError('EVALUATION_ITEMS_UNKNOWN', { field: 'itemId', params: { items: unknownItems.slice(0, 10).join(', ') } });
}

const view = ({ learnerId, itemId, code, version, updatedAt }: Cell) => ({ learnerId, itemId, code, version, updatedAt });

/**
 * Saves one result while the teacher types (pattern 14): one read of the evaluation, one
 * conditional write of the cell on the version the client last saw. If someone else wrote it
 * meanwhile, 409 with the cell as it is now, so nothing is overwritten silently.
 */
export async function saveCell(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller, id: string, input: SaveCell) {
  const evaluation = await loadOwnEvaluation(deps, caller, id, 'current');
  assertInGrid(evaluation, [input.learnerId], [input.itemId]);
  const outcome = await deps.evaluations.saveCell(
    caller.uai,
    id,
    { learnerId: input.learnerId, itemId: input.itemId, code: input.code, updatedAt: new Date(deps.now()).toISOString(), updatedBy: caller.userId },
    input.expectedVersion,
  );
  if (outcome.ok) return view(outcome.value);
  const fresh = await deps.evaluations.getCell(caller.uai, id, input.learnerId, input.itemId);
  throw new AppError('RESULT_CHANGED', {
    current: fresh ? view(fresh) : { learnerId: input.learnerId, itemId: input.itemId, code: null, version: null },
  });
}
