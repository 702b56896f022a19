import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { maskDiploma, updateInputMask } from '#functions/services/parametres/input-masks.ts';

export const updateMask = httpHandler(routeById('parametres.update-mask'), async ({ caller, path, body }) =>
  updateInputMask(dependencies(), caller.uai, maskDiploma(path.diploma), body),
);
