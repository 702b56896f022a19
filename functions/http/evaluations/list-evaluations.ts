import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listCurrentEvaluations } from '#functions/services/evaluations/list-evaluations.ts';

export const listEvaluations = httpHandler(routeById('evaluations.list'), async ({ caller }) => listCurrentEvaluations(dependencies(), caller));
