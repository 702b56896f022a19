import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { gridDivisions, observationGrid as grid } from '#functions/services/scenarios/observation-grid.ts';

export const observationGridDivisions = httpHandler(routeById('scenarios.grid-divisions'), async ({ caller, path }) =>
  gridDivisions(dependencies(), caller, path.id),
);

export const observationGrid = httpHandler(routeById('scenarios.observation-grid'), async ({ caller, path, query }) =>
  grid(dependencies(), caller, path.id, query),
);
