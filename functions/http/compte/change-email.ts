import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadEstablishment } from '#functions/services/auth/load-member.ts';
import { currentUser } from '#functions/services/auth/session.ts';
import { changeEmail } from '#functions/services/compte/change-email.ts';

export const changeEmailHandler = httpHandler(routeById('compte.change-email'), async ({ caller, body }) => {
  const deps = dependencies();
  const [user, establishment] = await Promise.all([changeEmail(deps, caller.user, body.email), loadEstablishment(deps, caller.uai)]);
  return currentUser(user, establishment);
});
