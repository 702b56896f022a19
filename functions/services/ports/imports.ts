import type { ImportProblemView, ImportSlot, ImportStatus, ImportSummary } from '#shared/api/schemas/import.ts';

export interface ImportFile {
  slot: ImportSlot;
  fileName: string;
  /** Where the browser uploads it: `<uai>/imports/<importId>/upload/<slot>`. */
  key: string;
  status: 'waiting' | 'received' | 'analysed' | 'rejected';
  errors: ImportProblemView[];
}

/** One run of Importer des fichiers: its files, its state, what it would do and what it did. */
export interface ImportRunRecord {
  uai: string;
  importId: string;
  createdAt: string;
  createdBy: string;
  status: ImportStatus;
  files: ImportFile[];
  progress: number;
  errors: ImportProblemView[];
  warnings: ImportProblemView[];
  analysis: ImportSummary | null;
  result: ImportSummary | null;
  updatedAt: string;
  version: number;
}

export interface ImportsPort {
  create(run: ImportRunRecord): Promise<void>;
  get(uai: string, importId: string): Promise<ImportRunRecord | null>;
  /** Newest first. */
  list(uai: string, limit: number): Promise<ImportRunRecord[]>;
  /** Saves a new state of the run, conditional on the version read; VersionConflict when it moved on. */
  save(run: ImportRunRecord): Promise<ImportRunRecord>;
  /** Moves the progress bar; never fails the work it reports on. */
  setProgress(uai: string, importId: string, progress: number): Promise<void>;
}
