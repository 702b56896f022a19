import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { openParentAccess } from '#functions/services/acces-parents/open-parent-access.ts';

export const openAccess = httpHandler(routeById('acces-parents.open'), async ({ caller, path, body }) =>
  openParentAccess(dependencies(), caller.uai, path.code, body.diploma),
);
