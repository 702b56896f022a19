import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { updateDetails } from '#functions/services/parametres/update-details.ts';
import { establishmentSettings } from './establishment-settings.ts';

export const updateEstablishment = httpHandler(routeById('parametres.update-establishment'), async ({ caller, body }) => {
  const deps = dependencies();
  return establishmentSettings(await updateDetails(deps, caller.uai, body), deps.files);
});
