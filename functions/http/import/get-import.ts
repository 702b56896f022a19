import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { runView } from '#functions/services/import/run-view.ts';
import { loadRun } from '#functions/services/import/load-run.ts';

export const getImport = httpHandler(routeById('import.get'), async ({ caller, path }) => runView(await loadRun(dependencies(), caller.uai, path.importId)));
