import type { EvaluationGrid, TeacherLearners } from '#shared/api/schemas/evaluations.ts';
import type { ReferentielNodeView, ReferentielView } from '#shared/api/schemas/referentiels.ts';
import type { DisplayedCode, EvaluationCode } from '#shared/domain/evaluation-codes.ts';
import { call } from '$lib/api.ts';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';

/** The six codes as the establishment shows them (letter, label, colours), by stable code. */
export async function loadCodes(): Promise<Map<EvaluationCode, DisplayedCode>> {
  const settings = await call('parametres.get-codes');
  return new Map(settings.codes.map((shown) => [shown.code, shown]));
}

/** The label of every node of a référentiel (« code — titre »), by id. */
export function labelsOf(tree: ReferentielView): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (node: ReferentielNodeView) => {
    labels.set(node.id, node.code ? `${node.code} — ${node.title}` : node.title);
    for (const child of node.children) walk(child);
  };
  for (const root of tree.roots) walk(root);
  return labels;
}

/** The label of every node of a diploma's référentiel (« code — titre »), by id; empty when it cannot be read. */
export async function loadItemLabels(diploma: string): Promise<Map<string, string>> {
  try {
    return labelsOf(await call('referentiels.get', { path: { diploma } }));
  } catch {
    // The grid still works with the items' ids.
    return new Map();
  }
}

/** The learners of the teacher's classes and groups, the ones an evaluation may take. */
export async function knownLearners(): Promise<TeacherLearners['learners']> {
  return (await call('evaluations.learners')).learners;
}

/** The short name of an item for column headers: its code, or its id. */
export function shortItem(label: string | undefined, id: string): string {
  return label?.split(' — ')[0] ?? id;
}

/** A diploma's short French name for lists and headers (« Bac Pro GA »), its id if unknown. */
export function diplomaName(id: string): string {
  return DIPLOMAS.find((diploma) => diploma.id === id)?.shortLabel ?? id;
}

/**
 * Where an evaluation is read: Gestion (`evaluations`, the current school year) or Consultation
 * (`consultation`, previous years); both the page's folder and its routes' prefix.
 */
export type GridArea = 'evaluations' | 'consultation';

/** A grid with what it needs to be shown: the establishment's codes and the items' labels. */
export async function loadGridView(
  area: GridArea,
  id: string,
): Promise<{ grid: EvaluationGrid; codes: Map<EvaluationCode, DisplayedCode>; itemLabels: Map<string, string> }> {
  const [grid, codes] = await Promise.all([call(`${area}.get`, { path: { id } }), loadCodes()]);
  return { grid, codes, itemLabels: await loadItemLabels(grid.evaluation.diploma) };
}

/** Shows or hides an evaluation to its learners; answers the evaluation as saved. */
export async function saveVisibility(
  area: GridArea,
  evaluation: Pick<EvaluationGrid['evaluation'], 'id' | 'version'>,
  visible: boolean,
): Promise<EvaluationGrid['evaluation']> {
  const answer = await call(`${area}.set-visibility`, { path: { id: evaluation.id }, body: { visible, version: evaluation.version } });
  return answer.evaluation;
}
