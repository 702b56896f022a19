import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { AppError } from '#shared/api/errors.ts';
import { loadOwnEvaluation } from './evaluation-scope.ts';

/** « Supprimer une évaluation » (confirmed in the browser): author only; results, comments and learners' links go with it. */
export async function deleteEvaluation(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller, id: string): Promise<void> {
  const evaluation = await loadOwnEvaluation(deps, caller, id, 'current');
  if (!(await deps.evaluations.delete(evaluation))) throw new AppError('EVALUATION_NOT_FOUND');
}
