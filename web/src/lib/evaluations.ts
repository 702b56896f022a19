import type { CodeSettings } from '#shared/api/schemas/parametres.ts';
import type { EvaluationGrid, TeacherLearners } from '#shared/api/schemas/evaluations.ts';
import type { ReferentielNodeView, ReferentielView } from '#shared/api/schemas/referentiels.ts';
import type { DisplayedCode, EvaluationCode } from '#shared/domain/evaluation-codes.ts';
import { api } from '$lib/session.svelte.ts';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';

/** The six codes as the establishment shows them (letter, label, colours), by stable code. */
export async function loadCodes(): Promise<Map<EvaluationCode, DisplayedCode>> {
  const settings = await api<CodeSettings>('GET', '/api/parametres/codes');
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
    return labelsOf(await api<ReferentielView>('GET', `/api/referentiels/${encodeURIComponent(diploma)}`));
  } catch {
    // The grid still works with the items' ids.
    return new Map();
  }
}

/** The learners of the teacher's classes and groups, the ones an evaluation may take. */
export async function knownLearners(): Promise<TeacherLearners['learners']> {
  return (await api<TeacherLearners>('GET', '/api/evaluations/apprenants')).learners;
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
 * A grid with what it needs to be shown: the establishment's codes and the items' labels.
 * `base` is `/api/evaluations` (current year) or `/api/consultation` (previous years).
 */
export async function loadGridView(base: string, id: string): Promise<{ grid: EvaluationGrid; codes: Map<EvaluationCode, DisplayedCode>; itemLabels: Map<string, string> }> {
  const [grid, codes] = await Promise.all([api<EvaluationGrid>('GET', `${base}/${encodeURIComponent(id)}`), loadCodes()]);
  return { grid, codes, itemLabels: await loadItemLabels(grid.evaluation.diploma) };
}

/** Shows or hides an evaluation to its learners; answers the evaluation as saved. */
export async function saveVisibility(base: string, evaluation: EvaluationGrid['evaluation'], visible: boolean): Promise<EvaluationGrid['evaluation']> {
  const answer = await api<EvaluationGrid>('PUT', `${base}/${encodeURIComponent(evaluation.id)}/visibility`, { visible, version: evaluation.version });
  return answer.evaluation;
}
