import { AppError } from '#shared/api/errors.ts';
import { EMPTY_COMPLEMENTS, isReferentielId, referentiel, withComplements, type Referentiel, type ReferentielId } from '#shared/referentiels/index.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { StoredComplements } from '../ports/referentiel-complements.ts';

/** The diploma of a path, or 404 (the 2nde GATL and unknown ids have no référentiel). */
export function referentielIdOf(value: string | undefined): ReferentielId {
  if (!isReferentielId(value)) throw new AppError('REFERENTIEL_UNKNOWN');
  return value;
}

/** A diploma's référentiel as this establishment sees it: the shipped data plus its complements. */
export async function establishmentReferentiel(deps: Pick<Dependencies, 'referentielComplements'>, uai: string, id: ReferentielId): Promise<Referentiel> {
  const [shipped, stored] = await Promise.all([referentiel(id), deps.referentielComplements.get(uai, id)]);
  return withComplements(shipped, stored ?? EMPTY_COMPLEMENTS);
}

/** What this establishment added to a diploma's référentiel (null while it added nothing). */
export async function storedComplements(deps: Pick<Dependencies, 'referentielComplements'>, uai: string, id: ReferentielId): Promise<StoredComplements | null> {
  return deps.referentielComplements.get(uai, id);
}
