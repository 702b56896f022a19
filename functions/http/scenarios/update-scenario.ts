import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { updateScenario as update } from '#functions/services/scenarios/update-scenario.ts';
import { scenarioView } from '#functions/services/scenarios/visible-scenario.ts';

export const updateScenario = httpHandler(routeById('scenarios.update'), async ({ caller, path, body }) => {
  const deps = dependencies();
  return scenarioView(deps, await update(deps, caller, path.id, body), caller);
});
