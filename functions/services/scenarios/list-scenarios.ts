import type { ScenarioList, ScenarioListQuery } from '#shared/api/schemas/scenarios.ts';
import { LEVELS } from '#shared/domain/diplomas.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { scenarioDiplomas } from './scenario-diplomas.ts';
import { isVisibleTo } from './visible-scenario.ts';

/** Case and accents do not matter when searching a title (« Énergie » finds « energie »). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The scenarios of a level (all three without one): the caller's own and colleagues' public
 * ones, newest first, optionally those whose title contains `title`. A level holds tens to
 * hundreds of scenarios, so private ones of others are filtered after the query.
 */
export async function listScenarios(
  deps: Pick<Dependencies, 'scenarios' | 'structure'>,
  caller: Caller,
  { level, title }: ScenarioListQuery,
): Promise<ScenarioList> {
  const levels = level ? [level] : [...LEVELS];
  const [perLevel, diplomas] = await Promise.all([
    Promise.all(levels.map((one) => deps.scenarios.listOfLevel(caller.uai, one))),
    scenarioDiplomas(deps, caller),
  ]);
  const needle = title ? folded(title) : null;
  const scenarios = perLevel
    .flat()
    .filter((scenario) => isVisibleTo(scenario, caller) && (!needle || folded(scenario.title).includes(needle)))
    .sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt)))
    .map((scenario) => ({
      id: scenario.id,
      diploma: scenario.diploma,
      level: scenario.level,
      title: scenario.title,
      visibility: scenario.visibility,
      authorId: scenario.authorId,
      authorName: scenario.authorName,
      mine: scenario.authorId === caller.userId,
      createdAt: scenario.createdAt,
      updatedAt: scenario.updatedAt,
      itemCount: scenario.items.length,
    }));
  return { scenarios, diplomas };
}
