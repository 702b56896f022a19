import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { EvaluationItem } from '../ports/evaluations.ts';
import { checkedContent } from '../scenarios/checked-content.ts';

/**
 * The items of an evaluation, checked as a scenario's are (evaluable items of the diploma's
 * référentiel, GA complexités and aléas of the item's situation or pôle), in the order given.
 * `keptDiploma`: the diploma of the evaluation or its scenario, allowed even if the teacher no
 * longer teaches it.
 */
export async function checkedItems(
  deps: Pick<Dependencies, 'structure' | 'referentielComplements'>,
  caller: Caller,
  content: { diploma: string; items: string[]; qualifiers: Record<string, string[]> },
  keptDiploma: string | null,
): Promise<{ diploma: string; items: EvaluationItem[] }> {
  const checked = await checkedContent(deps, caller, content, keptDiploma);
  return { diploma: checked.diploma, items: checked.items.map((id) => ({ id, qualifiers: checked.qualifiers[id] ?? [] })) };
}
