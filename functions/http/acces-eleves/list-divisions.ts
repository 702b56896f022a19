import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { learnerDivisions } from '#functions/services/acces-eleves/learner-divisions.ts';

export const listDivisions = httpHandler(routeById('acces-eleves.divisions'), async ({ caller }) => ({
  divisions: await learnerDivisions(dependencies(), caller.uai),
}));
