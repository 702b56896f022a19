import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createScenario as create } from '#functions/services/scenarios/create-scenario.ts';
import { scenarioView } from '#functions/services/scenarios/visible-scenario.ts';

export const createScenario = httpHandler(routeById('scenarios.create'), async ({ caller, body }) => {
  return scenarioView(await create(dependencies(), caller, body), caller);
});
