import { AppError } from '#shared/api/errors.ts';
import type { SaveComment } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Comment } from '../ports/evaluations.ts';
import { loadOwnEvaluation } from './evaluation-scope.ts';
import { assertInGrid } from './save-cell.ts';

const view = ({ learnerId, text, version, updatedAt }: Comment) => ({ learnerId, text, version, updatedAt });

/** « Saisissez vos commentaires pour chaque apprenant »: one conditional write, as a cell. */
export async function saveComment(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller, id: string, input: SaveComment) {
  const evaluation = await loadOwnEvaluation(deps, caller, id, 'current');
  assertInGrid(evaluation, [input.learnerId], []);
  const outcome = await deps.evaluations.saveComment(
    caller.uai,
    id,
    { learnerId: input.learnerId, text: input.text, updatedAt: new Date(deps.now()).toISOString(), updatedBy: caller.userId },
    input.expectedVersion,
  );
  if (outcome.ok) return view(outcome.value);
  const fresh = await deps.evaluations.getComment(caller.uai, id, input.learnerId);
  throw new AppError('COMMENT_CHANGED', {
    current: fresh ? view(fresh) : { learnerId: input.learnerId, text: '', version: null },
  });
}
