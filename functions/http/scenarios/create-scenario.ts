import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createScenario as create } from '#functions/services/scenarios/create-scenario.ts';
import { scenarioView } from '#functions/services/scenarios/visible-scenario.ts';

export const createScenario = httpHandler(routeById('scenarios.create'), async ({ caller, body }) => {
  const deps = dependencies();
  return scenarioView(deps, await create(deps, caller, body), caller);
});
