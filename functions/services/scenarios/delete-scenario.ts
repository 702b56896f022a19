import type { Caller } from '#functions/platform/authorize.ts';
import type { Dependencies } from '#functions/platform/dependencies.ts';
import { loadOwnScenario, notAuthor } from './visible-scenario.ts';

/** Author only (guide 3.7.2); the delete itself is conditional on the author, whatever was read. */
export async function deleteScenario(deps: Pick<Dependencies, 'scenarios'>, caller: Caller, id: string): Promise<void> {
  await loadOwnScenario(deps, caller, id, 'supprimer');
  if (!(await deps.scenarios.delete(caller.uai, id, caller.userId))) throw notAuthor('supprimer');
}
