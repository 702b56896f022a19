import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { setVisibility } from '#functions/services/evaluations/set-visibility.ts';

export const setPreviousVisibility = httpHandler(routeById('consultation.set-visibility'), async ({ caller, path, body }) =>
  setVisibility(dependencies(), caller, path.id, body, 'previous'),
);
