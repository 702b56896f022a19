import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { updateEvaluation as update } from '#functions/services/evaluations/update-evaluation.ts';

export const updateEvaluation = httpHandler(routeById('evaluations.update'), async ({ caller, path, body }) => update(dependencies(), caller, path.id, body));
