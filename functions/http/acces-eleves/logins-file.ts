import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { learnerLoginsFile } from '#functions/services/acces-eleves/learner-logins-file.ts';

export const loginsFile = httpHandler(routeById('acces-eleves.logins-file'), async ({ caller, path }) =>
  learnerLoginsFile(dependencies(), caller.uai, path.code),
);
