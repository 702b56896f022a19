import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { resetGuardianPassword } from '#functions/services/acces-parents/reset-guardian-password.ts';

export const resetPassword = httpHandler(routeById('acces-parents.reset-password'), async ({ caller, path }) =>
  resetGuardianPassword(dependencies(), caller.uai, path.userId),
);
