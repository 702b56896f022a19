import type { ImportSlot } from '#shared/api/schemas/import.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ImportRunRecord } from '../ports/imports.ts';
import { checkGuardianLinks, parseSiecleUpload, type ImportProblem, type SiecleKind } from './siecle/index.ts';
import type { RunFiles } from './plan/types.ts';

const KIND_OF_SLOT: Record<ImportSlot, SiecleKind> = { sts: 'sts', eleves: 'eleves', responsables: 'responsables' };

export interface ReadFiles {
  files: RunFiles;
  /** Problems per slot: any error of a file blocks the whole run. */
  errors: Map<ImportSlot, ImportProblem[]>;
  warnings: ImportProblem[];
}

/** Reads and parses every file of the run from the imports bucket. */
export async function readRunFiles(deps: Dependencies, run: ImportRunRecord, today: string): Promise<ReadFiles> {
  const result: ReadFiles = { files: {}, errors: new Map(), warnings: [] };
  for (const file of run.files) {
    const bytes = await deps.files.read('imports', file.key);
    const parsed = await parseSiecleUpload(bytes, file.fileName, { expectedUai: run.uai, expectedKinds: [KIND_OF_SLOT[file.slot]], today });
    if (!parsed.ok) {
      result.errors.set(file.slot, parsed.errors);
      continue;
    }
    result.warnings.push(...parsed.warnings);
    Object.assign(result.files, { [file.slot]: parsed.file });
  }
  // Only with both files can links to learners absent from the learners file be told apart.
  if (result.files.responsables && result.files.eleves) result.warnings.push(...checkGuardianLinks(result.files.responsables, result.files.eleves));
  return result;
}
