import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { deleteStaffUser } from '#functions/services/utilisateurs/delete-staff-user.ts';

export const deleteUser = httpHandler(routeById('utilisateurs.delete'), async ({ caller, path }) => {
  await deleteStaffUser(dependencies(), caller.user, path.userId);
  return { ok: true as const };
});
