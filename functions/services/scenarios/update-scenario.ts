import { AppError } from '#shared/api/errors.ts';
import type { UpdateScenario } from '#shared/api/schemas/scenarios.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Scenario } from '../ports/scenarios.ts';
import { VersionConflict } from '../ports/errors.ts';
import { refusedAs } from '../port-refusals.ts';
import { checkedContent } from './checked-content.ts';
import { loadOwnScenario } from './visible-scenario.ts';

/**
 * « Validez les modifications » (guide 3.7.2): author only. The form sends the version it
 * read, so an edit made meanwhile in another tab is refused (409) rather than overwritten.
 */
export async function updateScenario(
  deps: Pick<Dependencies, 'scenarios' | 'structure' | 'referentielComplements' | 'now'>,
  caller: Caller,
  id: string,
  input: UpdateScenario,
): Promise<Scenario> {
  const scenario = await loadOwnScenario(deps, caller, id, 'modifier');
  const { version, ...submitted } = input;
  const content = await checkedContent(deps, caller, submitted, scenario.diploma);
  return refusedAs(
    deps.scenarios.update({ ...scenario, ...content, updatedAt: new Date(deps.now()).toISOString() }, version),
    VersionConflict,
    () => new AppError('SCENARIO_CHANGED'),
  );
}
