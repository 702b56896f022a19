import { routeById } from '#shared/api/routes.ts';
import { uaiSchema } from '#shared/api/schemas/common.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { validate } from '#functions/platform/request.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadEstablishment } from '#functions/services/auth/load-member.ts';

/** The login page at `/<UAI>` shows the establishment's name. */
export const establishment = httpHandler(routeById('auth.establishment'), async ({ path }) => {
  const uai = validate(uaiSchema, path.uai);
  const found = await loadEstablishment(dependencies(), uai);
  return { uai: found.uai, name: found.name };
});
