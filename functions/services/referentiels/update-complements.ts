import { randomBytes } from 'node:crypto';
import type { UpdateComplementsRequest } from '#shared/api/schemas/referentiels.ts';
import {
  attachedReferentielId,
  checkComplements,
  normaliseComplements,
  referentiel,
  type ReferentielComplements,
  type ReferentielId,
  type TargetQualifiers,
} from '#shared/referentiels/index.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { invalid } from '#shared/api/errors.ts';
import type { StoredComplements } from '../ports/referentiel-complements.ts';

/** A new line's id: `est.` and 10 random base-36 characters (the shipped ids never start so). */
const newLineId = () =>
  `est.${BigInt(`0x${randomBytes(8).toString('hex')}`)
    .toString(36)
    .padStart(10, '0')
    .slice(-10)}`;

/**
 * Paramètres › Référentiels: saves an establishment's complexités, aléas and recommended BEP MSA
 * activities for one diploma. Every id must exist in the référentiel (or the attached BEP MSA);
 * new lines get an id here; what equals the shipped data is not stored. The save names the
 * version it read, so two administrators cannot silently overwrite each other.
 */
export async function updateComplements(
  deps: Pick<Dependencies, 'referentielComplements' | 'now'>,
  uai: string,
  userId: string,
  id: ReferentielId,
  request: UpdateComplementsRequest,
): Promise<StoredComplements> {
  const attachedId = attachedReferentielId(id);
  const [shipped, attached] = await Promise.all([referentiel(id), attachedId ? referentiel(attachedId) : Promise.resolve(null)]);
  const qualifiers: Record<string, TargetQualifiers> = {};
  for (const [targetId, lists] of Object.entries(request.qualifiers)) {
    qualifiers[targetId] = {
      complexites: lists.complexites.map((line) => ({ id: line.id ?? newLineId(), title: line.title })),
      aleas: lists.aleas.map((line) => ({ id: line.id ?? newLineId(), title: line.title })),
    };
  }
  const complements: ReferentielComplements = { qualifiers, recommendedActivities: request.recommendedActivities };
  const problems = checkComplements(shipped, complements, attached);
  if (problems.length > 0) throw invalid(problems);
  const stored: StoredComplements = {
    diploma: id,
    ...normaliseComplements(shipped, complements),
    version: (request.version ?? 0) + 1,
    updatedAt: new Date(deps.now()).toISOString(),
    updatedBy: userId,
  };
  return deps.referentielComplements.put(uai, stored, request.version);
}
