import type { Division } from '../../ports/structure.ts';
import type { User } from '../../ports/users.ts';
import type { ElevesFile, ImportProblem, ResponsablesFile, StsFile } from '../siecle/index.ts';

/** The parsed files of one run: the staff file alone, or learners and/or guardians. */
export interface RunFiles {
  sts?: StsFile;
  eleves?: ElevesFile;
  responsables?: ResponsablesFile;
}

/** What the establishment holds now, read in bulk (docs/data-model.md, pattern 9). */
export interface Snapshot {
  uai: string;
  users: User[];
  structure: Division[];
  /** Whether a staff import was ever made: learners cannot come first (guide 3.1.2). */
  staffImported: boolean;
}

export interface UserChange {
  before: User;
  after: User;
}

/**
 * What an import does, computed from the files and the snapshot alone (a pure function),
 * so that analysis and import agree, and a re-run after an interruption only does what is left.
 */
export interface ImportPlan {
  divisionsCreated: Division[];
  divisionsUpdated: Division[];
  created: User[];
  updated: UserChange[];
  /** People who left: hidden (and staff suspended). */
  hidden: UserChange[];
  /** People back after leaving. */
  restored: UserChange[];
  /** Existing people the files mention (changed or not): the rest of them count as unchanged. */
  matched: Set<string>;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export function emptyPlan(): ImportPlan {
  return { divisionsCreated: [], divisionsUpdated: [], created: [], updated: [], hidden: [], restored: [], matched: new Set(), errors: [], warnings: [] };
}

/** Existing people the files mention and the import leaves as they are. */
export function unchangedCount(plan: ImportPlan): number {
  const changed = new Set([...plan.updated, ...plan.hidden, ...plan.restored].map((change) => change.after.userId));
  return [...plan.matched].filter((userId) => !changed.has(userId)).length;
}
