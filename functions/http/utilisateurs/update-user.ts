import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { updateStaffUser } from '#functions/services/utilisateurs/update-staff-user.ts';
import { toStaffUser } from '#functions/services/utilisateurs/staff-user.ts';

export const updateUser = httpHandler(routeById('utilisateurs.update'), async ({ caller, path, body }) => {
  return toStaffUser(await updateStaffUser(dependencies(), caller.user, path.userId, body));
});
