import { randomUUID } from 'node:crypto';
import { AppError } from '#shared/api/errors.ts';
import type { CreateEvaluation } from '#shared/api/schemas/evaluations.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Evaluation } from '../ports/evaluations.ts';
import { loadVisibleScenario } from '../scenarios/visible-scenario.ts';
import { checkedItems } from './checked-items.ts';
import { authorName, checkedDate, checkedLearners } from './evaluation-scope.ts';

/**
 * « Créer une évaluation » (guide 3.8.2), from scratch or from a scenario the caller may see
 * (its diploma, level, items and complexités/aléas are copied). It starts hidden from learners.
 */
export async function createEvaluation(
  deps: Pick<Dependencies, 'evaluations' | 'scenarios' | 'users' | 'structure' | 'referentielComplements' | 'now'>,
  caller: Caller,
  input: CreateEvaluation,
): Promise<Evaluation> {
  const schoolYear = checkedDate(deps, input.date);
  let source: { diploma: string; level: Evaluation['level']; items: string[]; qualifiers: Record<string, string[]>; scenarioId: string | null };
  if (input.fromScenarioId) {
    const scenario = await loadVisibleScenario(deps, caller, input.fromScenarioId);
    source = { diploma: scenario.diploma, level: scenario.level, items: scenario.items, qualifiers: scenario.qualifiers, scenarioId: scenario.id };
  } else {
    if (!input.diploma) throw new AppError('EVALUATION_DIPLOMA_MISSING', { field: 'diploma' });
    if (!input.level) throw new AppError('EVALUATION_LEVEL_MISSING', { field: 'level' });
    source = { diploma: input.diploma!, level: input.level!, items: input.items ?? [], qualifiers: input.qualifiers ?? {}, scenarioId: null };
  }
  if (source.items.length === 0) throw new AppError('EVALUATION_ITEMS_MISSING', { field: 'items' });
  const { diploma, items } = await checkedItems(deps, caller, source, source.scenarioId ? source.diploma : null);
  const learners = await checkedLearners(deps, caller, input.learnerIds);
  const now = new Date(deps.now()).toISOString();
  const evaluation: Evaluation = {
    uai: caller.uai,
    id: randomUUID(),
    title: input.title,
    date: input.date,
    schoolYear,
    diploma,
    level: source.level,
    authorId: caller.userId,
    authorName: authorName(caller),
    scenarioId: source.scenarioId,
    visible: false,
    items,
    learners,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await deps.evaluations.create(evaluation);
  return evaluation;
}
