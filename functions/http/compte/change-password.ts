import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { changePassword } from '#functions/services/compte/change-password.ts';

export const changePasswordHandler = httpHandler(routeById('compte.change-password'), async ({ caller, body }) => {
  await changePassword(dependencies(), caller.user, body);
  return { ok: true as const };
});
