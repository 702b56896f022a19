import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createEvaluation as create } from '#functions/services/evaluations/create-evaluation.ts';
import { gridView } from '#functions/services/evaluations/evaluation-scope.ts';

export const createEvaluation = httpHandler(routeById('evaluations.create'), async ({ caller, body }) => {
  return gridView({ evaluation: await create(dependencies(), caller, body), cells: [], comments: [] });
});
