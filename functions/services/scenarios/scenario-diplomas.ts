import { DIPLOMAS } from '#shared/domain/diplomas.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';

export interface ScenarioDiploma {
  id: string;
  label: string;
  shortLabel: string;
}

/** Diplomas a scenario may be written for: the Bac Pro that have a référentiel (not the 2nde GATL, not the attached BEP MSA). */
const WITH_REFERENTIEL: readonly ScenarioDiploma[] = DIPLOMAS.flatMap((d) => (d.referentiel ? [{ id: d.id, label: d.label, shortLabel: d.shortLabel }] : []));

/** @example scenarioDiploma('ga')?.shortLabel // 'GA' */
export function scenarioDiploma(id: string): ScenarioDiploma | undefined {
  return WITH_REFERENTIEL.find((entry) => entry.id === id);
}

/**
 * The diplomas a teacher writes scenarios for: those of the divisions and groups they teach
 * (each division carries the diplomas of its MEFs). A teacher with no class yet, or whose
 * classes carry no diploma (STS imported, SIECLE not yet), may choose any diploma with a
 * référentiel: refusing them would block their work until the import is complete, and a
 * scenario holds no learner data.
 */
export async function scenarioDiplomas(deps: Pick<Dependencies, 'structure'>, caller: Caller): Promise<ScenarioDiploma[]> {
  const taught = new Set(caller.user.divisions);
  const diplomas = new Set<string>();
  if (taught.size > 0) {
    for (const division of await deps.structure.list(caller.uai)) if (taught.has(division.code)) for (const id of division.diplomas) diplomas.add(id);
  }
  const mine = WITH_REFERENTIEL.filter((entry) => diplomas.has(entry.id));
  return mine.length > 0 ? mine : [...WITH_REFERENTIEL];
}
