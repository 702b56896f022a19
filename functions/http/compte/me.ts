import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadEstablishment } from '#functions/services/auth/load-member.ts';
import { currentUser } from '#functions/services/auth/session.ts';

export const me = httpHandler(routeById('compte.me'), async ({ caller }) => {
  const establishment = await loadEstablishment(dependencies(), caller.uai);
  return currentUser(caller.user, establishment);
});
