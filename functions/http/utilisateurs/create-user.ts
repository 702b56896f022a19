import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createStaffUser } from '#functions/services/utilisateurs/create-staff-user.ts';
import { toStaffUser } from '#functions/services/utilisateurs/staff-user.ts';

export const createUser = httpHandler(routeById('utilisateurs.create'), async ({ caller, body }) => {
  return toStaffUser(await createStaffUser(dependencies(), caller.uai, body));
});
