import { WITHOUT_DIVISION } from '#shared/domain/without-division.ts';
import type { DivisionSummary } from '#shared/api/schemas/acces.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { inDivisionOrder } from '../structure/division-order.ts';

/**
 * The classes of the establishment for the class picker (guide 3.4), with their number of
 * learners as the last import or access opening counted them, then « Sans classe » when some
 * learners were imported without a class (counted now: they are in no class's count). Groups
 * are left out: a learner's access is handled in their class.
 */
export async function learnerDivisions(deps: Pick<Dependencies, 'structure' | 'users'>, uai: string): Promise<DivisionSummary[]> {
  const [structure, withoutDivision] = await Promise.all([deps.structure.list(uai), deps.users.learnersWithoutDivision(uai)]);
  const divisions = inDivisionOrder(structure.filter((division) => division.kind === 'division')).map((division) => ({
    code: division.code,
    label: division.label,
    learners: division.counts?.learners ?? 0,
  }));
  return withoutDivision.length > 0 ? [...divisions, { ...WITHOUT_DIVISION, learners: withoutDivision.length }] : divisions;
}
