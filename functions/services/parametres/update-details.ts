import type { UpdateEstablishmentSettings } from '#shared/api/schemas/parametres.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Establishment } from '../ports/establishments.ts';

/** Paramètres: the establishment's details; name, email and UAI gate later modules. */
export async function updateDetails(deps: Dependencies, uai: string, details: UpdateEstablishmentSettings): Promise<Establishment> {
  return deps.establishments.updateDetails(uai, details);
}
