import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listLearnerEvaluations } from '#functions/services/evaluations/learner-evaluations.ts';

export const listMyEvaluations = httpHandler(routeById('evaluations.mine'), async ({ caller, query }) => listLearnerEvaluations(dependencies(), caller, query));
