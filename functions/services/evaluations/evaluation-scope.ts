import { AppError } from '#shared/api/errors.ts';
import type { EvaluationGrid, EvaluationView } from '#shared/api/schemas/evaluations.ts';
import { parisToday, type IsoDate } from '#shared/domain/calendar-date.ts';
import { EVALUATION_YEAR_START_MONTH, schoolYearLabel, schoolYearOf } from '#shared/domain/school-year.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Evaluation, EvaluationLearner, StoredGrid } from '../ports/evaluations.ts';

/** Which part of the product an evaluation is handled in: its school year decides. */
export type Period = 'current' | 'previous';

const notFound = () => new AppError('EVALUATION_NOT_FOUND');

/** @example evaluationYearOf('2026-08-31') // 2025 (evaluations change year on 1 September) */
export function evaluationYearOf(date: IsoDate): number {
  return schoolYearOf(date, EVALUATION_YEAR_START_MONTH);
}

export function currentEvaluationYear(deps: Pick<Dependencies, 'now'>): number {
  return evaluationYearOf(parisToday(new Date(deps.now())));
}

/** The date of an evaluation of *Gestion des évaluations*: within the current school year. */
export function checkedDate(deps: Pick<Dependencies, 'now'>, date: string): number {
  const year = evaluationYearOf(date);
  const current = currentEvaluationYear(deps);
  if (year !== current) throw new AppError('EVALUATION_DATE_OUT_OF_YEAR', { field: 'date', params: { year: schoolYearLabel(current) } });
  return year;
}

/**
 * The caller's own evaluation of `period`: a colleague's answers 404, as if it did not exist;
 * one of the other period is sent to the module that handles it.
 */
export async function loadOwnEvaluation(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller, id: string, period: Period): Promise<Evaluation> {
  const evaluation = await deps.evaluations.get(caller.uai, id);
  if (!evaluation || evaluation.authorId !== caller.userId) throw notFound();
  assertPeriod(deps, evaluation, period);
  return evaluation;
}

/** The whole grid of the caller's own evaluation of `period` (one Query). */
export async function loadOwnGrid(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller, id: string, period: Period): Promise<StoredGrid> {
  const grid = await deps.evaluations.grid(caller.uai, id);
  if (!grid || grid.evaluation.authorId !== caller.userId) throw notFound();
  assertPeriod(deps, grid.evaluation, period);
  return grid;
}

function assertPeriod(deps: Pick<Dependencies, 'now'>, evaluation: Evaluation, period: Period) {
  const current = evaluation.schoolYear >= currentEvaluationYear(deps);
  if (period === 'current' && !current) {
    throw new AppError('EVALUATION_PREVIOUS_YEAR');
  }
  if (period === 'previous' && current) {
    throw new AppError('EVALUATION_CURRENT_YEAR');
  }
}

/**
 * Learners a teacher may evaluate: learners present in the establishment whose division, or one
 * of whose groups, is among the teacher's classes. Returns them in the order given, with the
 * name and division copied for the grid.
 */
export async function checkedLearners(deps: Pick<Dependencies, 'users'>, caller: Caller, ids: readonly string[]): Promise<EvaluationLearner[]> {
  if (ids.length === 0) return [];
  const taught = new Set(caller.user.divisions);
  const found = new Map((await deps.users.getMany(caller.uai, [...ids])).map((user) => [user.userId, user]));
  const outside = ids.filter((id) => {
    const user = found.get(id);
    return (
      !user ||
      user.profile !== 'apprenant' ||
      user.leftOn !== null ||
      !((user.division !== null && taught.has(user.division)) || user.groups.some((group) => taught.has(group)))
    );
  });
  if (outside.length > 0) {
    throw new AppError('EVALUATION_LEARNERS_NOT_TAUGHT', {
      field: 'learnerIds',
      params: { learners: `${outside.slice(0, 10).join(', ')}${outside.length > 10 ? '…' : ''}` },
    });
  }
  return ids.map((id) => {
    const user = found.get(id)!;
    return { id, name: `${user.lastName} ${user.firstName}`.trim(), division: user.division };
  });
}

export function evaluationView(evaluation: Evaluation): EvaluationView {
  const { id, title, date, schoolYear, diploma, level, authorId, authorName, scenarioId, visible, items, learners, createdAt, updatedAt, version } = evaluation;
  return { id, title, date, schoolYear, diploma, level, authorId, authorName, scenarioId, visible, items, learners, createdAt, updatedAt, version };
}

/**
 * The grid as shown: only the cells and comments of the current learners and items. Those of a
 * learner or item taken out stay stored, so putting them back brings their results back.
 */
export function gridView(grid: StoredGrid): EvaluationGrid {
  const learners = new Set(grid.evaluation.learners.map((learner) => learner.id));
  const items = new Set(grid.evaluation.items.map((item) => item.id));
  return {
    evaluation: evaluationView(grid.evaluation),
    cells: grid.cells
      .filter((cell) => learners.has(cell.learnerId) && items.has(cell.itemId))
      .map(({ learnerId, itemId, code, version, updatedAt }) => ({ learnerId, itemId, code, version, updatedAt })),
    comments: grid.comments
      .filter((comment) => learners.has(comment.learnerId))
      .map(({ learnerId, text, version, updatedAt }) => ({ learnerId, text, version, updatedAt })),
  };
}

/** 409 with the fresh grid: the second writer sees what the first one did. */
export async function structureConflict(deps: Pick<Dependencies, 'evaluations'>, caller: Caller, id: string): Promise<never> {
  const fresh = await deps.evaluations.grid(caller.uai, id);
  throw new AppError('EVALUATION_CHANGED', fresh ? { current: gridView(fresh) } : {});
}

export function authorName(caller: Caller): string {
  return `${caller.user.firstName} ${caller.user.lastName}`.trim();
}
