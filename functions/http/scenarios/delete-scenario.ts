import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { deleteScenario as remove } from '#functions/services/scenarios/delete-scenario.ts';

export const deleteScenario = httpHandler(routeById('scenarios.delete'), async ({ caller, path }) => {
  await remove(dependencies(), caller, path.id);
  return { ok: true as const };
});
