import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { getCodeSettings } from '#functions/services/parametres/evaluation-codes.ts';

export const getCodes = httpHandler(routeById('parametres.get-codes'), async ({ caller }) => getCodeSettings(dependencies(), caller.uai));
