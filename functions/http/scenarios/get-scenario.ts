import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadVisibleScenario, scenarioView } from '#functions/services/scenarios/visible-scenario.ts';

export const getScenario = httpHandler(routeById('scenarios.get'), async ({ caller, path }) => {
  const deps = dependencies();
  return scenarioView(deps, await loadVisibleScenario(deps, caller, path.id), caller);
});
