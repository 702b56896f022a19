import { AppError } from '#shared/api/errors.ts';
import type { ScenarioView } from '#shared/api/schemas/scenarios.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Scenario } from '../ports/scenarios.ts';
import { filesView } from './attachment-files.ts';

const notFound = () => new AppError('SCENARIO_NOT_FOUND');

/** Whether the caller may see it: their own, or a colleague's public one. */
export function isVisibleTo(scenario: Scenario, caller: Caller): boolean {
  return scenario.authorId === caller.userId || scenario.visibility === 'public';
}

/** The scenario if the caller may see it; a colleague's private one answers 404, as if it did not exist. */
export async function loadVisibleScenario(deps: Pick<Dependencies, 'scenarios'>, caller: Caller, id: string): Promise<Scenario> {
  const scenario = await deps.scenarios.get(caller.uai, id);
  if (!scenario || !isVisibleTo(scenario, caller)) throw notFound();
  return scenario;
}

/** The scenario if the caller wrote it: 404 if they may not see it, 403 if they may only read it. */
export async function loadOwnScenario(deps: Pick<Dependencies, 'scenarios'>, caller: Caller, id: string, action: 'modifier' | 'supprimer'): Promise<Scenario> {
  const scenario = await loadVisibleScenario(deps, caller, id);
  if (scenario.authorId !== caller.userId) throw notAuthor(action);
  return scenario;
}

export function notAuthor(action: 'modifier' | 'supprimer'): AppError {
  return new AppError(action === 'supprimer' ? 'SCENARIO_DELETE_NOT_AUTHOR' : 'SCENARIO_NOT_AUTHOR');
}

/** The scenario as the caller sees it, with its attachments (and, for the author, the uploads in progress or refused). */
export async function scenarioView(deps: Pick<Dependencies, 'scenarioAttachments' | 'now'>, scenario: Scenario, caller: Caller): Promise<ScenarioView> {
  const { uai, ...fields } = scenario;
  const mine = scenario.authorId === caller.userId;
  return { ...fields, mine, ...filesView(await deps.scenarioAttachments.list(uai, scenario.id), mine, deps.now()) };
}

export function authorName(caller: Caller): string {
  return `${caller.user.firstName} ${caller.user.lastName}`.trim();
}
