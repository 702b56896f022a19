import { AppError } from '#shared/api/errors.ts';
import type { ConsultationQuery, EvaluationList } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Evaluation } from '../ports/evaluations.ts';
import { currentEvaluationYear } from './evaluation-scope.ts';

const summary = (evaluation: Evaluation) => ({
  id: evaluation.id,
  title: evaluation.title,
  date: evaluation.date,
  schoolYear: evaluation.schoolYear,
  diploma: evaluation.diploma,
  level: evaluation.level,
  authorName: evaluation.authorName,
  scenarioId: evaluation.scenarioId,
  visible: evaluation.visible,
  version: evaluation.version,
  itemCount: evaluation.items.length,
  learnerCount: evaluation.learners.length,
});

/** Gestion des évaluations: the caller's evaluations of the current school year, newest first (pattern 11a). */
export async function listCurrentEvaluations(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller): Promise<EvaluationList> {
  const schoolYear = currentEvaluationYear(deps);
  return { schoolYear, evaluations: (await deps.evaluations.listOfTeacher(caller.uai, caller.userId, schoolYear)).map(summary) };
}

/** Consultation des évaluations: the caller's evaluations of one previous school year (the last one by default). */
export async function listPreviousEvaluations(
  deps: Pick<Dependencies, 'evaluations' | 'now'>,
  caller: Caller,
  query: ConsultationQuery,
): Promise<EvaluationList> {
  const current = currentEvaluationYear(deps);
  const schoolYear = query.year ?? current - 1;
  if (schoolYear >= current) {
    throw new AppError('SCHOOL_YEAR_NOT_PAST', { field: 'year' });
  }
  return { schoolYear, evaluations: (await deps.evaluations.listOfTeacher(caller.uai, caller.userId, schoolYear)).map(summary) };
}
