import type { Download } from '#shared/api/schemas/files.ts';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';
import { DEFAULT_CODE_SETTINGS, displayCodes } from '#shared/domain/evaluation-codes.ts';
import { isReferentielId } from '#shared/referentiels/index.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { download, loadDocuments } from '#functions/documents/download.ts';
import { asciiFileName } from '#functions/documents/file-name.ts';
import { establishmentReferentiel } from '../referentiels/establishment-referentiel.ts';
import { loadOwnEvaluation } from './evaluation-scope.ts';

/** `2026-10-05` → `05/10/2026`, as teachers write dates. */
const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * « Télécharger une feuille d'évaluation vierge »: the author's evaluation of the current year as
 * a spreadsheet to print and fill in by hand — its learners (rows) × its items (columns, in the
 * evaluation's order), empty result cells and a comment column, like a scenario's observation
 * grid; the legend gives the title, date, diploma and level, each item's title with its GA
 * complexités and aléas, and the establishment's letters.
 */
export async function blankSheet(
  deps: Pick<Dependencies, 'evaluations' | 'referentielComplements' | 'pedagogySettings' | 'now'>,
  caller: Caller,
  id: string,
): Promise<Download> {
  const evaluation = await loadOwnEvaluation(deps, caller, id, 'current');
  const [referentiel, settings] = await Promise.all([
    isReferentielId(evaluation.diploma) ? establishmentReferentiel(deps, caller.uai, evaluation.diploma) : null,
    deps.pedagogySettings.get(caller.uai),
  ]);
  const qualifierTitles = new Map((referentiel?.qualifiers ?? []).map((qualifier) => [qualifier.id, qualifier.title]));
  const items = evaluation.items.map((item) => {
    const node = referentiel?.byId(item.id);
    const qualifiers = item.qualifiers.map((qualifierId) => qualifierTitles.get(qualifierId) ?? qualifierId);
    return {
      code: node?.code ?? item.id,
      title: [node?.title ?? '', ...(qualifiers.length > 0 ? [`Complexités et aléas : ${qualifiers.join(' ; ')}`] : [])].filter(Boolean).join(' — '),
    };
  });
  const date = frenchDate(evaluation.date);
  const diploma = DIPLOMAS.find((entry) => entry.id === evaluation.diploma)?.label ?? evaluation.diploma;
  const { handGridWorkbook } = await loadDocuments();
  const bytes = await handGridWorkbook({
    heading: `${evaluation.title} — ${date} — ${evaluation.level}`,
    details: [
      { label: 'Évaluation', value: evaluation.title },
      { label: 'Date', value: date },
      { label: 'Diplôme', value: diploma },
      { label: 'Niveau', value: evaluation.level },
    ],
    items,
    learners: evaluation.learners.map((learner) => ({ name: learner.name, division: learner.division ?? '' })),
    codes: displayCodes(settings.codes ?? DEFAULT_CODE_SETTINGS),
  });
  return download(asciiFileName(`feuille ${evaluation.title}`, 'xlsx', 'feuille'), bytes);
}
