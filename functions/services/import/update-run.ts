import { VersionConflict } from '../ports/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ImportRunRecord } from '../ports/imports.ts';

/**
 * Applies `change` to the current state of the run and saves it, starting again from a fresh
 * read when someone else saved first (two files of a run arrive at the same time). `change`
 * returns null to leave the run as it is.
 */
export async function updateRun(
  deps: Pick<Dependencies, 'imports'>,
  uai: string,
  importId: string,
  change: (run: ImportRunRecord) => ImportRunRecord | null,
): Promise<ImportRunRecord | null> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const run = await deps.imports.get(uai, importId);
    if (!run) return null;
    const next = change(run);
    if (!next) return run;
    try {
      return await deps.imports.save(next);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
    }
  }
  throw new Error(`import run ${importId} kept changing under us`);
}

/** Keeps the lists of problems of a run readable and its item well under DynamoDB's 400 KB. */
export function capProblems<T>(problems: T[], max = 200): T[] {
  return problems.slice(0, max);
}
