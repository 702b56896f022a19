import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { setVisibility as set } from '#functions/services/evaluations/set-visibility.ts';

export const setVisibility = httpHandler(routeById('evaluations.set-visibility'), async ({ caller, path, body }) =>
  set(dependencies(), caller, path.id, body, 'current'),
);
