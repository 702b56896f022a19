import { AppError } from '#shared/api/errors.ts';
import type { Download } from '#shared/api/schemas/files.ts';
import type { ImportSummary } from '#shared/api/schemas/import.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { download, loadDocuments } from '#functions/documents/download.ts';
import { loadRun } from './load-run.ts';
import { importKeys } from './object-keys.ts';

/** The whole result of a finished import (every line, with logins and initial passwords) as a spreadsheet. */
export async function importResultFile(deps: Pick<Dependencies, 'imports' | 'files'>, uai: string, importId: string): Promise<Download> {
  const run = await loadRun(deps, uai, importId);
  if (run.status !== 'imported') throw new AppError('IMPORT_RESULT_NOT_READY');
  const summary = JSON.parse(Buffer.from(await deps.files.read('imports', importKeys.result(uai, run.importId))).toString('utf8')) as ImportSummary;
  const { importResultWorkbook } = await loadDocuments();
  return download(`cerise-import-${run.importId.slice(0, 8)}.xlsx`, await importResultWorkbook(summary, run.createdAt));
}
