import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ImportRunRecord } from '#functions/services/ports/imports.ts';

/** A run of the caller's establishment; the id alone never reaches another one's. */
export async function loadRun(deps: Pick<Dependencies, 'imports'>, uai: string, importId: string | undefined): Promise<ImportRunRecord> {
  const run = importId ? await deps.imports.get(uai, importId) : null;
  if (!run) throw new AppError('NOT_FOUND', { message: 'Cet import n’existe pas.' });
  return run;
}
