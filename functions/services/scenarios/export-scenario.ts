import type { Download } from '#shared/api/schemas/files.ts';
import { isReferentielId } from '#shared/referentiels/index.ts';
import { effectiveMask } from '#shared/domain/input-masks.ts';
import type { DiplomaId } from '#shared/domain/diplomas.ts';
import { frenchSize } from '#shared/domain/attachments.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { download, loadDocuments } from '#functions/documents/download.ts';
import { asciiFileName } from '#functions/documents/file-name.ts';
import { establishmentReferentiel } from '../referentiels/establishment-referentiel.ts';
import { scenarioDiploma } from './scenario-diplomas.ts';
import { loadVisibleScenario } from './visible-scenario.ts';

const QUALIFIER_KINDS = { complexite: 'Complexité', alea: 'Aléa' } as const;

const frenchDate = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

/**
 * « Exporter et/ou imprimer le scénario » (guide 3.7.2): the author's own or a public scenario
 * as a .docx. Section titles follow the establishment's input masks; items carry their printed
 * code, and for the GA the complexités and aléas chosen for them. An item or qualifier the
 * référentiel no longer has (a removed complement) is printed by its id rather than dropped.
 */
export async function exportScenario(
  deps: Pick<Dependencies, 'scenarios' | 'scenarioAttachments' | 'referentielComplements' | 'pedagogySettings'>,
  caller: Caller,
  id: string,
): Promise<Download> {
  const scenario = await loadVisibleScenario(deps, caller, id);
  const [referentiel, settings, files] = await Promise.all([
    isReferentielId(scenario.diploma) ? establishmentReferentiel(deps, caller.uai, scenario.diploma) : null,
    deps.pedagogySettings.get(caller.uai),
    deps.scenarioAttachments.list(caller.uai, scenario.id),
  ]);
  const mask = effectiveMask(settings.masks[scenario.diploma as DiplomaId]).scenario;
  const qualifiers = new Map((referentiel?.qualifiers ?? []).map((qualifier) => [qualifier.id, qualifier]));
  const items = scenario.items.map((itemId) => {
    const node = referentiel?.byId(itemId);
    return {
      code: node?.code ?? itemId,
      title: node?.title ?? '',
      qualifiers: (scenario.qualifiers[itemId] ?? []).map((qualifierId) => {
        const qualifier = qualifiers.get(qualifierId);
        return qualifier ? { kind: QUALIFIER_KINDS[qualifier.type], title: qualifier.title } : { kind: 'Complexité ou aléa', title: qualifierId };
      }),
    };
  });
  const dates =
    scenario.updatedAt !== scenario.createdAt
      ? `créé le ${frenchDate(scenario.createdAt)}, modifié le ${frenchDate(scenario.updatedAt)}`
      : `créé le ${frenchDate(scenario.createdAt)}`;
  const { scenarioDocx } = await loadDocuments();
  const bytes = await scenarioDocx({
    title: scenario.title,
    facts: [
      { label: 'Niveau', value: scenario.level },
      { label: 'Diplôme', value: scenarioDiploma(scenario.diploma)?.label ?? scenario.diploma },
      { label: 'Auteur', value: scenario.authorName },
      { label: 'Visibilité', value: scenario.visibility === 'public' ? 'Public (toute l’équipe pédagogique)' : 'Privé (l’auteur seul)' },
      { label: 'Dates', value: dates.charAt(0).toUpperCase() + dates.slice(1) },
    ],
    labels: { context: mask.context, materials: mask.materials, links: mask.links, resources: mask.resources, attachments: mask.attachments },
    context: scenario.context,
    materials: scenario.materials,
    links: scenario.links,
    resources: scenario.resources,
    items,
    attachments: files.attachments.map((attachment) => `${attachment.name} (${frenchSize(attachment.size)})`),
  });
  return download(asciiFileName(scenario.title, 'docx', 'scenario'), bytes);
}
