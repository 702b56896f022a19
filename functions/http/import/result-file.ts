import { AppError } from '#shared/api/errors.ts';
import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { importResultFile } from '#functions/services/import/result-file.ts';
import { loadRun } from './load-run.ts';

/** The whole result (every line, with logins and initial passwords) as a spreadsheet. */
export const resultFile = httpHandler(routeById('import.result-file'), async ({ caller, path }) => {
  const deps = dependencies();
  const run = await loadRun(deps, caller.uai, path.importId);
  if (run.status !== 'imported') throw new AppError('NOT_FOUND', { message: 'Cet import n’est pas terminé : son résultat n’existe pas encore.' });
  return importResultFile(deps, run);
});
