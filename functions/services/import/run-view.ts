import type { ImportRun } from '#shared/api/schemas/import.ts';
import type { ImportRunRecord } from '../ports/imports.ts';

/** A run as the API shows it (no storage keys). */
export function runView(run: ImportRunRecord): ImportRun {
  return {
    importId: run.importId,
    createdAt: run.createdAt,
    status: run.status,
    files: run.files.map(({ slot, fileName, status, errors }) => ({ slot, fileName, status, errors })),
    progress: run.progress,
    errors: run.errors,
    warnings: run.warnings,
    analysis: run.analysis,
    result: run.result,
  };
}
