import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listReferentiels } from '#functions/services/referentiels/list-referentiels.ts';

export const listReferentielsHandler = httpHandler(routeById('referentiels.list'), async ({ caller }) => listReferentiels(dependencies(), caller));
