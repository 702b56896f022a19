import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadEstablishment } from '#functions/services/auth/load-member.ts';

/** The login page at `/<UAI>` shows the establishment's name. */
export const establishment = httpHandler(routeById('auth.establishment'), async ({ path }) => {
  const found = await loadEstablishment(dependencies(), path.uai);
  return { uai: found.uai, name: found.name };
});
