import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { resetStaffPassword } from '#functions/services/utilisateurs/reset-staff-password.ts';

export const resetPassword = httpHandler(routeById('utilisateurs.reset-password'), async ({ caller, path }) =>
  resetStaffPassword(dependencies(), caller.uai, path.userId),
);
