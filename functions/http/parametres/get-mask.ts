import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { getInputMask, maskDiploma } from '#functions/services/parametres/input-masks.ts';

export const getMask = httpHandler(routeById('parametres.get-mask'), async ({ caller, path }) =>
  getInputMask(dependencies(), caller.uai, maskDiploma(path.diploma)),
);
