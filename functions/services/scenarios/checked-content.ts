import { AppError } from '#shared/api/errors.ts';
import type { ScenarioContent } from '#shared/api/schemas/scenarios.ts';
import { isReferentielId, type Referentiel } from '#shared/referentiels/index.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { establishmentReferentiel } from '../referentiels/establishment-referentiel.ts';
import { scenarioDiploma, scenarioDiplomas } from './scenario-diplomas.ts';

const refuse = (field: string, message: string): never => {
  throw new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
};

/** What is checked: a scenario's content, or an evaluation's diploma, items and qualifiers. */
type CheckedFields = Pick<ScenarioContent, 'diploma' | 'items' | 'qualifiers'>;

const listed = (ids: readonly string[]) => ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` (et ${ids.length - 10} autres)` : '');

/**
 * Checks what a teacher submits against the diploma's référentiel, as this establishment sees
 * it (its own complexités and aléas included), and returns it ready to store. Each refusal
 * names the faulty ids, so the teacher knows what to fix. `keptDiploma`: an edit that keeps
 * the scenario's diploma is allowed even if the teacher no longer teaches it.
 */
export async function checkedContent<T extends CheckedFields>(
  deps: Pick<Dependencies, 'structure' | 'referentielComplements'>,
  caller: Caller,
  content: T,
  keptDiploma: string | null = null,
): Promise<T> {
  const diploma = scenarioDiploma(content.diploma);
  if (!diploma || !isReferentielId(diploma.id)) return refuse('diploma', 'Choisissez un diplôme qui a un référentiel (Bac Pro).');
  if (diploma.id !== keptDiploma && !(await scenarioDiplomas(deps, caller)).some((entry) => entry.id === diploma.id)) {
    refuse('diploma', `Vous n’enseignez dans aucune classe du ${diploma.label} : choisissez le diplôme d’une de vos classes.`);
  }
  const referentiel = await establishmentReferentiel(deps, caller.uai, diploma.id);

  const ofOtherDiploma = content.items.filter((id) => !referentiel.byId(id) && isReferentielId(id.split('.')[0]) && id.split('.')[0] !== diploma.id);
  if (ofOtherDiploma.length > 0) refuse('items', `Ces items appartiennent au référentiel d’un autre diplôme que le ${diploma.label} : ${listed(ofOtherDiploma)}.`);
  const unknown = content.items.filter((id) => !referentiel.byId(id));
  if (unknown.length > 0) refuse('items', `Ces items n’existent pas dans le référentiel du ${diploma.label} : ${listed(unknown)}.`);
  const notEvaluable = content.items.filter((id) => !referentiel.isEvaluable(id));
  if (notEvaluable.length > 0) {
    refuse('items', `Ces éléments du référentiel ne sont pas des items évaluables (choisissez les compétences au bout de l’arbre) : ${listed(notEvaluable)}.`);
  }

  return { ...content, diploma: diploma.id, qualifiers: checkedQualifiers(referentiel, diploma.label, content) };
}

/** GA complexités and aléas: only for chosen items, and only those of the item's situation or pôle. */
function checkedQualifiers(referentiel: Referentiel, label: string, content: CheckedFields): Record<string, string[]> {
  const chosen = Object.entries(content.qualifiers).filter(([, ids]) => ids.length > 0);
  if (chosen.length === 0) return {};
  if (!referentiel.hasQualifiers) refuse('qualifiers', `Le ${label} n’a pas de complexités ni d’aléas.`);
  const items = new Set(content.items);
  const result: Record<string, string[]> = {};
  for (const [itemId, ids] of chosen) {
    if (!items.has(itemId)) refuse('qualifiers', `Des complexités ou aléas sont donnés pour ${itemId}, qui n’est pas un item choisi du scénario.`);
    const allowed = new Set(qualifiersFor(referentiel, itemId));
    const wrong = ids.filter((id) => !allowed.has(id));
    if (wrong.length > 0) refuse('qualifiers', `Ces complexités ou aléas ne correspondent pas à l’item ${referentiel.byId(itemId)?.code ?? itemId} : ${listed(wrong)}.`);
    result[itemId] = [...new Set(ids)];
  }
  return result;
}

/** The qualifiers of an item: those of its situation and of the pôle above it. */
function qualifiersFor(referentiel: Referentiel, itemId: string): string[] {
  const ids: string[] = [];
  for (let node = referentiel.byId(itemId); node; node = node.parentId ? referentiel.byId(node.parentId) : undefined) {
    ids.push(...referentiel.qualifiersOf(node.id).map((qualifier) => qualifier.id));
  }
  return ids;
}
