import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listStaff } from '#functions/services/utilisateurs/list-staff.ts';

export const listUsers = httpHandler(routeById('utilisateurs.list'), async ({ caller }) => listStaff(dependencies(), caller.uai));
