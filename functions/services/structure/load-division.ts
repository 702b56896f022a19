import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Division } from '../ports/structure.ts';

/**
 * A class (kind `division`) of the establishment, or 404. Groups are refused: learners belong to
 * a group through their division, and access is managed per division (guide 3.4, 3.5).
 */
export async function loadDivision(deps: Pick<Dependencies, 'structure'>, uai: string, code: string): Promise<Division> {
  const division = await deps.structure.get(uai, code);
  if (!division || division.kind !== 'division') throw new AppError('DIVISION_UNKNOWN', { params: { code } });
  return division;
}
