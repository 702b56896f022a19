import type { FillCells } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { gridView, loadOwnEvaluation } from './evaluation-scope.ts';
import { assertInGrid } from './save-cell.ts';

/** Parallel conditional writes: a row of 60 items or a column of 45 learners, a few at a time. */
const CONCURRENCY = 10;

/**
 * Fills a row (some learners × every item), a column (every learner × some items) or a block
 * with one code. Only empty cells are written, each by its own conditional write
 * (`attribute_not_exists(code)`): a result already entered — by this teacher or, meanwhile, by
 * another session — is never overwritten. Not a transaction: one cell filled meanwhile must not
 * cancel the others. Answers the fresh grid with the counts.
 */
export async function fillCells(deps: Pick<Dependencies, 'evaluations' | 'now'>, caller: Caller, id: string, input: FillCells) {
  const evaluation = await loadOwnEvaluation(deps, caller, id, 'current');
  const learnerIds = input.learnerIds ?? evaluation.learners.map((learner) => learner.id);
  const itemIds = input.itemIds ?? evaluation.items.map((item) => item.id);
  assertInGrid(evaluation, learnerIds, itemIds);
  const updatedAt = new Date(deps.now()).toISOString();
  const targets = learnerIds.flatMap((learnerId) => itemIds.map((itemId) => ({ learnerId, itemId })));
  let filled = 0;
  for (let index = 0; index < targets.length; index += CONCURRENCY) {
    const results = await Promise.all(
      targets
        .slice(index, index + CONCURRENCY)
        .map((target) => deps.evaluations.fillCell(caller.uai, id, { ...target, code: input.code, updatedAt, updatedBy: caller.userId })),
    );
    filled += results.filter(Boolean).length;
  }
  const grid = await deps.evaluations.grid(caller.uai, id);
  return { ...gridView(grid ?? { evaluation, cells: [], comments: [] }), filled, kept: targets.length - filled };
}
