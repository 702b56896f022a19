import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listScenarios as list } from '#functions/services/scenarios/list-scenarios.ts';

export const listScenarios = httpHandler(routeById('scenarios.list'), async ({ caller, query }) => list(dependencies(), caller, query));
