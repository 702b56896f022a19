import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { divisionLearners } from '#functions/services/acces-eleves/division-learners.ts';

export const getDivision = httpHandler(routeById('acces-eleves.division'), async ({ caller, path }) => divisionLearners(dependencies(), caller.uai, path.code));
