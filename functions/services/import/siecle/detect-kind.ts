import { problems } from './messages.ts';
import type { ImportProblem, SiecleKind } from './types.ts';

const KIND_OF_ROOT: Record<string, SiecleKind> = {
  STS_EDT: 'sts',
  BEE_ELEVES: 'eleves',
  BEE_RESPONSABLES: 'responsables',
  BEE_NOMENCLATURES: 'nomenclatures',
};

export type KindResult = { ok: true; kind: SiecleKind } | { ok: false; errors: ImportProblem[] };

/**
 * Step 4: the kind of export, from the root element only (file names change over the years and
 * users rename files). `EDT_STS` is the file a timetable tool sends *to* STS: a common mix-up.
 */
export function detectKind(root: string, expectedKinds?: SiecleKind[]): KindResult {
  const kind = Object.prototype.hasOwnProperty.call(KIND_OF_ROOT, root) ? KIND_OF_ROOT[root] : undefined;
  if (!kind) return { ok: false, errors: [root === 'EDT_STS' ? problems.kindEdtSts() : problems.kindUnknown(root)] };
  if (expectedKinds && expectedKinds.length > 0 && !expectedKinds.includes(kind)) return { ok: false, errors: [problems.kindUnexpected(kind, expectedKinds)] };
  return { ok: true, kind };
}
