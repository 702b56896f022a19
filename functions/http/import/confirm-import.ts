import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { confirmImport } from '#functions/services/import/confirm-import.ts';
import { runView } from '#functions/services/import/run-view.ts';
import { loadRun } from '#functions/services/import/load-run.ts';

export const confirmImportHandler = httpHandler(routeById('import.confirm'), async ({ caller, path }) => {
  const deps = dependencies();
  const run = await loadRun(deps, caller.uai, path.importId);
  return runView(await confirmImport(deps, caller.uai, run.importId));
});
