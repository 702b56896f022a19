import { AppError } from '#shared/api/errors.ts';
import type { LearnerEvaluation, LearnerEvaluationList, LearnerEvaluationsQuery } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/** Case and accents do not matter when searching a title. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const notFound = () => new AppError('EVALUATION_NOT_VISIBLE');

/**
 * « Rechercher une évaluation » (guide 3.8.3): the caller's visible evaluations of all years,
 * newest first (pattern 13), filtered on title and period. Other profiles have none.
 */
export async function listLearnerEvaluations(
  deps: Pick<Dependencies, 'evaluations'>,
  caller: Caller,
  { title, from, to }: LearnerEvaluationsQuery,
): Promise<LearnerEvaluationList> {
  if (caller.profile !== 'apprenant') return { evaluations: [] };
  const needle = title ? folded(title) : null;
  const refs = await deps.evaluations.refsOfLearner(caller.uai, caller.userId);
  const evaluations = refs
    .filter((ref) => (!needle || folded(ref.title).includes(needle)) && (!from || ref.date >= from) && (!to || ref.date <= to))
    .map((ref) => ({ id: ref.evaluationId, title: ref.title, date: ref.date, diploma: ref.diploma, authorName: ref.authorName }));
  return { evaluations };
}

/** « Consulter une évaluation »: a visible evaluation the caller is in, with their own results and comment only. */
export async function getLearnerEvaluation(deps: Pick<Dependencies, 'evaluations'>, caller: Caller, id: string): Promise<LearnerEvaluation> {
  if (caller.profile !== 'apprenant') throw notFound();
  const evaluation = await deps.evaluations.get(caller.uai, id);
  if (!evaluation || !evaluation.visible || !evaluation.learners.some((learner) => learner.id === caller.userId)) throw notFound();
  const own = await deps.evaluations.ofLearner(caller.uai, id, caller.userId);
  const items = new Set(evaluation.items.map((item) => item.id));
  return {
    id: evaluation.id,
    title: evaluation.title,
    date: evaluation.date,
    diploma: evaluation.diploma,
    authorName: evaluation.authorName,
    level: evaluation.level,
    items: evaluation.items,
    results: own.cells.flatMap((cell) => (cell.code && items.has(cell.itemId) ? [{ itemId: cell.itemId, code: cell.code }] : [])),
    comment: own.comment?.text || null,
  };
}
