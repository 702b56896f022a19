import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { resetLearnerPasswords } from '#functions/services/acces-eleves/reset-learner-passwords.ts';

export const resetLearners = httpHandler(routeById('acces-eleves.reset'), async ({ caller, body }) =>
  resetLearnerPasswords(dependencies(), caller.uai, body.userIds),
);
