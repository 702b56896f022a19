import type { ReferentielList } from '#shared/api/schemas/referentiels.ts';
import { REFERENTIELS } from '#shared/referentiels/index.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/**
 * The référentiels a user works with. A learner's diploma comes from the import (MEF); a
 * teacher's are those of the learners of their divisions and groups (each division carries the
 * diplomas of its MEFs); a parent's, their children's; staff without classes (administrator,
 * chef d'établissement, lecteur) see every diploma. A diploma brings the one passed inside it
 * (GA → BEP MSA). Diplomas without data (2nde GATL) are left out.
 */
export async function listReferentiels(deps: Pick<Dependencies, 'structure' | 'users'>, caller: Caller): Promise<ReferentielList> {
  const referentiels = REFERENTIELS.map((entry) => ({
    id: entry.id,
    label: entry.label,
    shortLabel: entry.shortLabel,
    status: entry.referentiel.status,
    attachedTo: entry.attachedTo,
  }));
  const diplomas = new Set(await callerDiplomas(deps, caller));
  for (const entry of REFERENTIELS) if (entry.attachedTo && diplomas.has(entry.attachedTo)) diplomas.add(entry.id);
  const mine =
    caller.profile === 'admin' || caller.profile === 'chef' || caller.profile === 'lecteur'
      ? referentiels.map((entry) => entry.id)
      : referentiels.filter((entry) => diplomas.has(entry.id)).map((entry) => entry.id);
  return { referentiels, mine };
}

async function callerDiplomas(deps: Pick<Dependencies, 'structure' | 'users'>, caller: Caller): Promise<string[]> {
  const { user } = caller;
  switch (caller.profile) {
    case 'apprenant':
      return user.diploma ? [user.diploma] : [];
    case 'parent':
      return (await deps.users.getMany(caller.uai, user.childIds)).flatMap((child) => (child.diploma ? [child.diploma] : []));
    case 'enseignant': {
      if (user.divisions.length === 0) return [];
      const taught = new Set(user.divisions);
      return (await deps.structure.list(caller.uai)).filter((division) => taught.has(division.code)).flatMap((division) => division.diplomas);
    }
    default:
      return [];
  }
}
