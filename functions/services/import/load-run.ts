import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ImportRunRecord } from '#functions/services/ports/imports.ts';

/** A run of the caller's establishment; the id alone never reaches another one's. */
export async function loadRun(deps: Pick<Dependencies, 'imports'>, uai: string, importId: string): Promise<ImportRunRecord> {
  const run = await deps.imports.get(uai, importId);
  if (!run) throw new AppError('IMPORT_NOT_FOUND');
  return run;
}
