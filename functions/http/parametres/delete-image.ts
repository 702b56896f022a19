import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { imageKind, removeImage } from '#functions/services/parametres/set-image.ts';
import { establishmentSettings } from './establishment-settings.ts';

export const deleteImage = httpHandler(routeById('parametres.delete-image'), async ({ caller, path }) => {
  const deps = dependencies();
  return establishmentSettings(await removeImage(deps, caller.uai, imageKind(path.kind)), deps.files);
});
