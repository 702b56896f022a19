import type { ComplementsView, ReferentielNodeView, ReferentielView } from '#shared/api/schemas/referentiels.ts';
import { attachedReferentielId, type Referentiel, type ReferentielId, type ReferentielNode } from '#shared/referentiels/index.ts';
import type { StoredComplements } from '#functions/services/ports/referentiel-complements.ts';

/** The tree and the merged qualifiers, without the file's research notes. */
export function referentielView(id: ReferentielId, referentiel: Referentiel): ReferentielView {
  const node = (item: ReferentielNode): ReferentielNodeView => ({
    id: item.id,
    code: item.code,
    kind: item.kind,
    title: item.title,
    sourceLabel: item.sourceLabel,
    evaluable: referentiel.isEvaluable(item.id),
    exportedForCertification: item.exportedForCertification,
    children: item.children.map(node),
  });
  return {
    diploma: id,
    code: referentiel.diploma.code,
    title: referentiel.diploma.title,
    shortTitle: referentiel.diploma.shortTitle,
    status: referentiel.status,
    attachedDiploma: attachedReferentielId(id),
    hasQualifiers: referentiel.hasQualifiers,
    roots: referentiel.roots.map(node),
    qualifiers: referentiel.qualifiers.map(({ id: qualifierId, type, targetId, title, origin }) => ({ id: qualifierId, type, targetId, title, origin })),
    recommendedActivities: Object.fromEntries([...referentiel.recommendedActivities].map(([itemId, ids]) => [itemId, [...ids]])),
  };
}

export function complementsView(id: ReferentielId, stored: StoredComplements | null): ComplementsView {
  return {
    diploma: id,
    version: stored?.version ?? null,
    updatedAt: stored?.updatedAt ?? null,
    qualifiers: stored?.qualifiers ?? {},
    recommendedActivities: stored?.recommendedActivities ?? {},
  };
}
