import { buildReferentiel, partsOf, type Qualifier, type QualifierType, type Referentiel } from './model.ts';

/**
 * What an establishment adds on top of a shipped référentiel (Paramètres), where the data has
 * known gaps: GA complexités and aléas (1 situation of 55 is complete) and the BEP MSA activities
 * recommended for each GA situation (no official table found). Stored per establishment and
 * diploma, merged at read time by `withComplements`; the shipped files are never edited.
 */
export interface ReferentielComplements {
  /**
   * Per situation or pôle (node id), the complete lists that replace the shipped ones for it
   * (so lines can be added, reworded, reordered and removed). A line keeps the shipped id when
   * it rewords a shipped line, and has an `est.…` id when the establishment added it.
   */
  qualifiers: Record<string, TargetQualifiers>;
  /** Per evaluated item (GA situation id), ids of recommended activities of the attached diploma. */
  recommendedActivities: Record<string, string[]>;
}

export interface QualifierLine {
  id: string;
  title: string;
}

export interface TargetQualifiers {
  complexites: QualifierLine[];
  aleas: QualifierLine[];
}

export const EMPTY_COMPLEMENTS: ReferentielComplements = { qualifiers: {}, recommendedActivities: {} };

/** Ids the establishment's own lines get (the server draws the suffix). */
export const ESTABLISHMENT_QUALIFIER_ID = /^est\.[a-z0-9]{6,32}$/;

const LISTS: readonly [keyof TargetQualifiers, QualifierType][] = [
  ['complexites', 'complexite'],
  ['aleas', 'alea'],
];

/**
 * The référentiel with an establishment's complements merged in: for each situation or pôle they
 * list, their lines replace the shipped ones; recommended activities are attached. Pure; the
 * input is not changed. Lines equal to a shipped one keep `origin: 'referentiel'`.
 * @example withComplements(ga, { qualifiers: { 'ga.1.2.1': { complexites: [{ id: 'est.a1b2c3', title: 'Volume important' }], aleas: [] } }, recommendedActivities: {} }).qualifiersOf('ga.1.2.1')[0]?.origin // 'etablissement'
 */
export function withComplements(referentiel: Referentiel, complements: ReferentielComplements): Referentiel {
  const parts = partsOf(referentiel);
  if (!parts) throw new TypeError('withComplements needs a référentiel built by loadReferentiel');
  // Always from the shipped lines: merging twice gives the same result as merging once.
  const shippedById = new Map(parts.shipped.map((qualifier) => [qualifier.id, qualifier]));
  const replaced = new Set(Object.keys(complements.qualifiers));
  const merged: Qualifier[] = parts.shipped.filter((qualifier) => !replaced.has(qualifier.targetId));
  for (const [targetId, lists] of Object.entries(complements.qualifiers)) {
    for (const [list, type] of LISTS) {
      for (const line of lists[list]) {
        const shipped = shippedById.get(line.id);
        const unchanged = shipped !== undefined && shipped.targetId === targetId && shipped.type === type && shipped.title === line.title;
        merged.push({ id: line.id, type, targetId, title: line.title, origin: unchanged ? 'referentiel' : 'etablissement' });
      }
    }
  }
  // Keep the tree's order of targets, so a pôle's or a situation's lines read in référentiel order.
  const position = new Map(parts.nodes.map((node, index) => [node.id, index]));
  const order = (qualifier: Qualifier) => position.get(qualifier.targetId) ?? Number.MAX_SAFE_INTEGER;
  const sorted = merged
    .map((qualifier, index) => ({ qualifier, index }))
    .sort((a, b) => order(a.qualifier) - order(b.qualifier) || a.index - b.index)
    .map(({ qualifier }) => qualifier);
  const recommendedActivities = new Map(Object.entries(complements.recommendedActivities).filter(([, ids]) => ids.length > 0));
  return buildReferentiel({ ...parts, qualifiers: sorted, recommendedActivities });
}

/** One refused entry, for the API's `details` (field) and the form. Messages are French. */
export interface ComplementProblem {
  field: string;
  message: string;
}

/**
 * Checks complements against the référentiel they complete (and the attached diploma whose
 * activities may be recommended: BEP MSA for GA). Returns every problem; empty when valid.
 */
export function checkComplements(referentiel: Referentiel, complements: ReferentielComplements, attached: Referentiel | null): ComplementProblem[] {
  const problems: ComplementProblem[] = [];
  const targets = Object.keys(complements.qualifiers);
  if (targets.length > 0 && !referentiel.hasQualifiers) {
    problems.push({ field: 'qualifiers', message: `Le référentiel ${referentiel.diploma.shortTitle} n’a pas de complexités ni d’aléas.` });
  }
  const shipped = new Map((partsOf(referentiel)?.shipped ?? referentiel.qualifiers).map((qualifier) => [qualifier.id, qualifier]));
  const usedIds = new Set<string>();
  for (const targetId of targets) {
    const node = referentiel.byId(targetId);
    if (!node || (node.kind !== 'pole' && !referentiel.isEvaluable(targetId))) {
      problems.push({ field: `qualifiers.${targetId}`, message: `« ${targetId} » n’est ni un pôle ni une situation du référentiel.` });
      continue;
    }
    for (const [list, type] of LISTS) {
      complements.qualifiers[targetId]![list].forEach((line, index) => {
        const field = `qualifiers.${targetId}.${list}.${index}`;
        const own = shipped.get(line.id);
        if (own && (own.targetId !== targetId || own.type !== type)) {
          problems.push({ field, message: `La ligne « ${line.id} » appartient à une autre liste du référentiel.` });
        } else if (!own && !ESTABLISHMENT_QUALIFIER_ID.test(line.id)) {
          problems.push({ field, message: `Identifiant de ligne inconnu : « ${line.id} ».` });
        }
        if (usedIds.has(line.id)) problems.push({ field, message: `La ligne « ${line.id} » figure deux fois.` });
        usedIds.add(line.id);
      });
    }
  }
  const recommendations = Object.entries(complements.recommendedActivities);
  if (recommendations.length > 0 && !attached) {
    problems.push({ field: 'recommendedActivities', message: `Aucun diplôme n’est rattaché au référentiel ${referentiel.diploma.shortTitle}.` });
  } else if (attached) {
    for (const [itemId, activityIds] of recommendations) {
      if (!referentiel.isEvaluable(itemId)) {
        problems.push({
          field: `recommendedActivities.${itemId}`,
          message: `« ${itemId} » n’est pas une situation du référentiel ${referentiel.diploma.shortTitle}.`,
        });
        continue;
      }
      activityIds.forEach((activityId, index) => {
        const activity = attached.byId(activityId);
        if (!activity || activity.kind !== 'activity') {
          problems.push({
            field: `recommendedActivities.${itemId}.${index}`,
            message: `« ${activityId} » n’est pas une activité du ${attached.diploma.shortTitle}.`,
          });
        }
      });
    }
  }
  return problems;
}

/**
 * Drops what adds nothing, so stored complements show only real changes: lists identical to the
 * shipped ones, empty recommendation lists, repeated activities.
 */
export function normaliseComplements(referentiel: Referentiel, complements: ReferentielComplements): ReferentielComplements {
  const qualifiers: Record<string, TargetQualifiers> = {};
  for (const [targetId, lists] of Object.entries(complements.qualifiers)) {
    const same = LISTS.every(([list, type]) => {
      const original = shippedQualifiers(referentiel, targetId, type);
      return (
        original.length === lists[list].length &&
        original.every((qualifier, index) => qualifier.id === lists[list][index]!.id && qualifier.title === lists[list][index]!.title)
      );
    });
    if (!same) qualifiers[targetId] = { complexites: lists.complexites.map(copyLine), aleas: lists.aleas.map(copyLine) };
  }
  const recommendedActivities: Record<string, string[]> = {};
  for (const [itemId, ids] of Object.entries(complements.recommendedActivities)) {
    const unique = [...new Set(ids)];
    if (unique.length > 0) recommendedActivities[itemId] = unique;
  }
  return { qualifiers, recommendedActivities };
}

const copyLine = (line: QualifierLine): QualifierLine => ({ id: line.id, title: line.title });

/** The shipped lines of one target, whatever complements were merged since. */
function shippedQualifiers(referentiel: Referentiel, targetId: string, type: QualifierType): Qualifier[] {
  const all = partsOf(referentiel)?.shipped ?? referentiel.qualifiers;
  return all.filter((qualifier) => qualifier.targetId === targetId && qualifier.type === type);
}
