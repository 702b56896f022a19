import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { deleteEvaluation as remove } from '#functions/services/evaluations/delete-evaluation.ts';

export const deleteEvaluation = httpHandler(routeById('evaluations.delete'), async ({ caller, path }) => {
  await remove(dependencies(), caller, path.id);
  return { ok: true as const };
});
