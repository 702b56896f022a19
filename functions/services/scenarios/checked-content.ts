import { AppError } from '#shared/api/errors.ts';
import type { ScenarioContent } from '#shared/api/schemas/scenarios.ts';
import { isReferentielId, type Referentiel } from '#shared/referentiels/index.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { establishmentReferentiel } from '../referentiels/establishment-referentiel.ts';
import { scenarioDiploma, scenarioDiplomas } from './scenario-diplomas.ts';

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
  if (!diploma || !isReferentielId(diploma.id)) throw new AppError('SCENARIO_DIPLOMA_WITHOUT_REFERENTIEL', { field: 'diploma' });
  if (diploma.id !== keptDiploma && !(await scenarioDiplomas(deps, caller)).some((entry) => entry.id === diploma.id)) {
    throw new AppError('SCENARIO_DIPLOMA_NOT_TAUGHT', { field: 'diploma', params: { diploma: diploma.label } });
  }
  const referentiel = await establishmentReferentiel(deps, caller.uai, diploma.id);

  const ofOtherDiploma = content.items.filter((id) => !referentiel.byId(id) && isReferentielId(id.split('.')[0]) && id.split('.')[0] !== diploma.id);
  if (ofOtherDiploma.length > 0)
    throw new AppError('ITEMS_OF_OTHER_DIPLOMA', { field: 'items', params: { diploma: diploma.label, items: listed(ofOtherDiploma) } });
  const unknown = content.items.filter((id) => !referentiel.byId(id));
  if (unknown.length > 0) throw new AppError('ITEMS_UNKNOWN', { field: 'items', params: { diploma: diploma.label, items: listed(unknown) } });
  const notEvaluable = content.items.filter((id) => !referentiel.isEvaluable(id));
  if (notEvaluable.length > 0) throw new AppError('ITEMS_NOT_EVALUABLE', { field: 'items', params: { items: listed(notEvaluable) } });

  return { ...content, diploma: diploma.id, qualifiers: checkedQualifiers(referentiel, diploma.label, content) };
}

/** GA complexités and aléas: only for chosen items, and only those of the item's situation or pôle. */
function checkedQualifiers(referentiel: Referentiel, label: string, content: CheckedFields): Record<string, string[]> {
  const chosen = Object.entries(content.qualifiers).filter(([, ids]) => ids.length > 0);
  if (chosen.length === 0) return {};
  if (!referentiel.hasQualifiers) throw new AppError('QUALIFIERS_NOT_OFFERED', { field: 'qualifiers', params: { diploma: label } });
  const items = new Set(content.items);
  const result: Record<string, string[]> = {};
  for (const [itemId, ids] of chosen) {
    if (!items.has(itemId)) throw new AppError('QUALIFIERS_OF_UNCHOSEN_ITEM', { field: 'qualifiers', params: { item: itemId } });
    const allowed = new Set(qualifiersFor(referentiel, itemId));
    const wrong = ids.filter((id) => !allowed.has(id));
    if (wrong.length > 0)
      throw new AppError('QUALIFIERS_NOT_OF_ITEM', {
        field: 'qualifiers',
        params: { item: referentiel.byId(itemId)?.code ?? itemId, qualifiers: listed(wrong) },
      });
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
