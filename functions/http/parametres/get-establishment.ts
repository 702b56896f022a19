import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { loadEstablishment } from '#functions/services/auth/load-member.ts';
import { establishmentSettings } from './establishment-settings.ts';

export const getEstablishment = httpHandler(routeById('parametres.get-establishment'), async ({ caller }) => {
  const deps = dependencies();
  return establishmentSettings(await loadEstablishment(deps, caller.uai), deps.files);
});
