import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { getLearnerEvaluation } from '#functions/services/evaluations/learner-evaluations.ts';

export const getMyEvaluation = httpHandler(routeById('evaluations.mine-get'), async ({ caller, path }) =>
  getLearnerEvaluation(dependencies(), caller, path.id),
);
