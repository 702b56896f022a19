import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { parentDivisionDetail } from '#functions/services/acces-parents/parent-division-detail.ts';

export const getDivision = httpHandler(routeById('acces-parents.division'), async ({ caller, path }) =>
  parentDivisionDetail(dependencies(), caller.uai, path.code),
);
