import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { updateCodeSettings } from '#functions/services/parametres/evaluation-codes.ts';

export const updateCodes = httpHandler(routeById('parametres.update-codes'), async ({ caller, body }) => updateCodeSettings(dependencies(), caller.uai, body));
