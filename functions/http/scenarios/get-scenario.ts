import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadVisibleScenario, scenarioView } from '#functions/services/scenarios/visible-scenario.ts';

export const getScenario = httpHandler(routeById('scenarios.get'), async ({ caller, path }) => {
  return scenarioView(await loadVisibleScenario(dependencies(), caller, path.id ?? ''), caller);
});
