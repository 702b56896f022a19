import { WITHOUT_DIVISION } from '#shared/domain/without-division.ts';
import type { Download } from '#shared/api/schemas/files.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { download, loadDocuments } from '#functions/documents/download.ts';
import { divisionLearners } from './division-learners.ts';

/** The class's logins (or « Sans classe »'s) as a spreadsheet the browser downloads (guide 3.4, « Liste des identifiants des élèves »). */
export async function learnerLoginsFile(deps: Pick<Dependencies, 'structure' | 'users'>, uai: string, code: string): Promise<Download> {
  const list = await divisionLearners(deps, uai, code);
  const { learnerLoginsWorkbook } = await loadDocuments();
  const bytes = await learnerLoginsWorkbook(list.division.label, list.learners);
  // File names travel in a Content-Disposition header and through every OS: plain ASCII only.
  const name = list.division.code === WITHOUT_DIVISION.code ? 'sans-classe' : list.division.code;
  const safeCode = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-');
  return download(`identifiants-${safeCode}.xlsx`, bytes);
}
