import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { imageKind, setImage } from '#functions/services/parametres/set-image.ts';
import { establishmentSettings } from './establishment-settings.ts';

export const uploadImage = httpHandler(routeById('parametres.upload-image'), async ({ caller, path, body }) => {
  const deps = dependencies();
  return establishmentSettings(await setImage(deps, caller.uai, imageKind(path.kind), body), deps.files);
});
