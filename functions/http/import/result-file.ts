import { AppError } from '#shared/api/errors.ts';
import { routeById } from '#shared/api/routes.ts';
import type { ImportSummary } from '#shared/api/schemas/import.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { importResultWorkbook } from '#functions/documents/import-result.ts';
import { importKeys } from '#functions/services/import/object-keys.ts';
import { loadRun } from './load-run.ts';

/** The whole result (every line, with logins and initial passwords) as a spreadsheet. */
export const resultFile = httpHandler(routeById('import.result-file'), async ({ caller, path }) => {
  const deps = dependencies();
  const run = await loadRun(deps, caller.uai, path.importId);
  if (run.status !== 'imported') throw new AppError('IMPORT_RESULT_NOT_READY');
  const summary = JSON.parse(Buffer.from(await deps.files.read('imports', importKeys.result(caller.uai, run.importId))).toString('utf8')) as ImportSummary;
  const bytes = await importResultWorkbook(summary, run.createdAt);
  return {
    fileName: `cerise-import-${run.importId.slice(0, 8)}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
});
