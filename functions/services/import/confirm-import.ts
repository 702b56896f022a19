import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ImportRunRecord } from '../ports/imports.ts';
import { importKeys } from './object-keys.ts';
import { updateRun } from './update-run.ts';

/**
 * The administrator confirms an analysed run (or re-runs one that failed midway). The import
 * itself runs outside the request — API Gateway stops at 30 s — triggered by the `confirm`
 * object this writes to S3, the same way locally and in AWS.
 */
export async function confirmImport(deps: Dependencies, uai: string, importId: string): Promise<ImportRunRecord> {
  let refused: AppError | null = null;
  const run = await updateRun(deps, uai, importId, (current) => {
    if (current.status === 'importing' || current.status === 'imported') return null;
    if (current.status !== 'analysed' && current.status !== 'failed') {
      refused = new AppError('IMPORT_NOT_READY');
      return null;
    }
    return { ...current, status: 'importing', progress: 0, errors: [] };
  });
  if (!run) throw new AppError('NOT_FOUND');
  if (refused) throw refused;
  if (run.status === 'importing')
    await deps.files.write(
      'imports',
      importKeys.confirm(uai, importId),
      JSON.stringify({ confirmedAt: new Date(deps.now()).toISOString() }),
      'application/json',
    );
  return run;
}
