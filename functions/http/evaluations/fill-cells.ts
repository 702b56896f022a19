import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { fillCells as fill } from '#functions/services/evaluations/fill-cells.ts';

export const fillCells = httpHandler(routeById('evaluations.fill'), async ({ caller, path, body }) => fill(dependencies(), caller, path.id, body));
