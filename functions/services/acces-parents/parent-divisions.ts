import type { ParentDivision } from '#shared/api/schemas/acces.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { inDivisionOrder } from '../structure/division-order.ts';
import { parentDivisionView } from './access-state.ts';

/**
 * The classes with their counts of learners, guardians and guardians with an email, and their
 * access (guide 3.5). One query: the counts live on the division items, kept by each import and
 * each opening, and a division's diplomas are those of its MEFs.
 */
export async function parentDivisions(deps: Pick<Dependencies, 'structure'>, uai: string): Promise<ParentDivision[]> {
  const structure = await deps.structure.list(uai);
  return inDivisionOrder(structure.filter((division) => division.kind === 'division')).map((division) => parentDivisionView(division));
}
