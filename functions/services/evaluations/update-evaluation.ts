import { AppError } from '#shared/api/errors.ts';
import type { EvaluationGrid, UpdateEvaluation } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { checkedItems } from './checked-items.ts';
import { checkedDate, checkedLearners, gridView, loadOwnEvaluation, structureConflict } from './evaluation-scope.ts';

/**
 * « Modifier une évaluation », « Ajouter/enlever des apprenants, des compétences »: title, date,
 * items in order and learners replaced together, conditional on the version read. Results of a
 * learner or item taken out stay stored (hidden), so putting them back brings them back.
 */
export async function updateEvaluation(
  deps: Pick<Dependencies, 'evaluations' | 'users' | 'structure' | 'referentielComplements' | 'now'>,
  caller: Caller,
  id: string,
  input: UpdateEvaluation,
): Promise<EvaluationGrid> {
  const evaluation = await loadOwnEvaluation(deps, caller, id, 'current');
  if (evaluation.version !== input.version) return structureConflict(deps, caller, id);
  const schoolYear = checkedDate(deps, input.date);
  if (input.items.length === 0) throw new AppError('EVALUATION_ITEMS_EMPTIED', { field: 'items' });
  const { items } = await checkedItems(deps, caller, { diploma: evaluation.diploma, items: input.items, qualifiers: input.qualifiers }, evaluation.diploma);
  // Learners already in the evaluation stay, even if they changed class since; new ones are checked.
  const kept = new Map(evaluation.learners.map((learner) => [learner.id, learner]));
  const added = await checkedLearners(
    deps,
    caller,
    input.learnerIds.filter((learnerId) => !kept.has(learnerId)),
  );
  const addedById = new Map(added.map((learner) => [learner.id, learner]));
  const learners = input.learnerIds.map((learnerId) => kept.get(learnerId) ?? addedById.get(learnerId)!);
  const next = {
    ...evaluation,
    title: input.title,
    date: input.date,
    schoolYear,
    items,
    learners,
    updatedAt: new Date(deps.now()).toISOString(),
    version: evaluation.version + 1,
  };
  if (!(await deps.evaluations.replace(evaluation, next))) return structureConflict(deps, caller, id);
  const grid = await deps.evaluations.grid(caller.uai, id);
  return gridView(grid ?? { evaluation: next, cells: [], comments: [] });
}
