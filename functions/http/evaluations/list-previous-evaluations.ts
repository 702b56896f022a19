import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listPreviousEvaluations as list } from '#functions/services/evaluations/list-evaluations.ts';

export const listPreviousEvaluations = httpHandler(routeById('consultation.list'), async ({ caller, query }) => list(dependencies(), caller, query));
