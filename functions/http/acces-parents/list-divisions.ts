import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { parentDivisions } from '#functions/services/acces-parents/parent-divisions.ts';

export const listDivisions = httpHandler(routeById('acces-parents.divisions'), async ({ caller }) => ({
  divisions: await parentDivisions(dependencies(), caller.uai),
}));
