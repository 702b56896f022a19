import type { Download } from '#shared/api/schemas/files.ts';
import type { ImportSummary } from '#shared/api/schemas/import.ts';
import type { Dependencies } from '#functions/platform/dependencies.ts';
import { download, loadDocuments } from '#functions/documents/download.ts';
import type { ImportRunRecord } from '../ports/imports.ts';
import { importKeys } from './object-keys.ts';

/** The whole result of a finished import (every line, with logins and initial passwords) as a spreadsheet. */
export async function importResultFile(deps: Pick<Dependencies, 'files'>, run: ImportRunRecord): Promise<Download> {
  const summary = JSON.parse(Buffer.from(await deps.files.read('imports', importKeys.result(run.uai, run.importId))).toString('utf8')) as ImportSummary;
  const { importResultWorkbook } = await loadDocuments();
  return download(`cerise-import-${run.importId.slice(0, 8)}.xlsx`, await importResultWorkbook(summary, run.createdAt));
}
