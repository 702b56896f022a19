import type { DivisionSummary } from '#shared/api/schemas/acces.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { inDivisionOrder } from '../structure/division-order.ts';

/**
 * The classes of the establishment for the class picker (guide 3.4), with their number of
 * learners as the last import or access opening counted them. Groups are left out: a learner's
 * access is handled in their class.
 */
export async function learnerDivisions(deps: Pick<Dependencies, 'structure'>, uai: string): Promise<DivisionSummary[]> {
  const structure = await deps.structure.list(uai);
  return inDivisionOrder(structure.filter((division) => division.kind === 'division')).map((division) => ({
    code: division.code,
    label: division.label,
    learners: division.counts?.learners ?? 0,
  }));
}
