import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { runView } from '#functions/services/import/run-view.ts';

export const listImports = httpHandler(routeById('import.list'), async ({ caller }) => {
  const runs = await dependencies().imports.list(caller.uai, 20);
  return { runs: runs.map(runView).map(({ importId, createdAt, status, files }) => ({ importId, createdAt, status, files })) };
});
