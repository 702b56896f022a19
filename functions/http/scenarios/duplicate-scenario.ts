import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { duplicateScenario as duplicate } from '#functions/services/scenarios/duplicate-scenario.ts';
import { scenarioView } from '#functions/services/scenarios/visible-scenario.ts';

export const duplicateScenario = httpHandler(routeById('scenarios.duplicate'), async ({ caller, path, body }) => {
  const deps = dependencies();
  return scenarioView(deps, await duplicate(deps, caller, path.id, body), caller);
});
