import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { gridView, loadOwnGrid } from '#functions/services/evaluations/evaluation-scope.ts';

export const getPreviousEvaluation = httpHandler(routeById('consultation.get'), async ({ caller, path }) =>
  gridView(await loadOwnGrid(dependencies(), caller, path.id, 'previous')),
);
