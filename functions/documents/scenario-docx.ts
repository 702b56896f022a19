import { wordDocument, type Block, type Run } from './word-document.ts';

/** Everything the exported scenario shows, already resolved to text (labels, codes, dates). */
export interface ScenarioDocument {
  title: string;
  /** Rows of the small table under the title: niveau, diplôme, auteur, visibilité, dates. */
  facts: { label: string; value: string }[];
  /** Section titles: the establishment's input-mask labels (Paramètres, guide 3.6.2). */
  labels: { context: string; materials: string; links: string; resources: string; attachments: string };
  context: string;
  materials: string;
  links: string[];
  resources: string;
  items: { code: string; title: string; qualifiers: { kind: string; title: string }[] }[];
  attachments: string[];
}

const NONE = 'Non renseigné';

/** Free text as typed: one paragraph per line, so Word keeps the teacher's line breaks. */
function textBlock(text: string): Block[] {
  if (!text.trim()) return [{ kind: 'paragraph', runs: [{ text: NONE, italic: true }] }];
  return text.split(/\r?\n/).map((line) => ({ kind: 'paragraph', runs: [{ text: line }] }));
}

const bullets = (lines: Run[][], level: 0 | 1 = 0): Block[] => lines.map((runs) => ({ kind: 'bullet', level, runs }));

/**
 * « Exporter et/ou imprimer le scénario » (guide 3.7.2): a plain Word document (headings,
 * paragraphs, bullets, one table, hyperlinks) that Word 2007+ and LibreOffice open. The text is
 * tagged French so spelling and hyphenation work in the teacher's word processor.
 */
export function scenarioDocx(scenario: ScenarioDocument): Promise<Uint8Array> {
  const blocks: Block[] = [
    { kind: 'title', text: scenario.title },
    { kind: 'table', rows: scenario.facts.map((fact) => [fact.label, fact.value]) },
    { kind: 'heading', text: scenario.labels.context },
    ...textBlock(scenario.context),
    { kind: 'heading', text: scenario.labels.materials },
    ...textBlock(scenario.materials),
    { kind: 'heading', text: scenario.labels.links },
    ...(scenario.links.length === 0 ? textBlock('') : bullets(scenario.links.map((link) => [{ text: link, link }]))),
    { kind: 'heading', text: scenario.labels.resources },
    ...textBlock(scenario.resources),
    { kind: 'heading', text: 'Compétences évaluées' },
    ...(scenario.items.length === 0
      ? textBlock('')
      : scenario.items.flatMap((item) => [
          ...bullets([[{ text: item.code, bold: true }, { text: ` — ${item.title}` }]]),
          ...bullets(
            item.qualifiers.map((qualifier) => [{ text: `${qualifier.kind} : `, italic: true }, { text: qualifier.title }]),
            1,
          ),
        ])),
    { kind: 'heading', text: scenario.labels.attachments },
    ...(scenario.attachments.length === 0
      ? [{ kind: 'paragraph' as const, runs: [{ text: 'Aucune', italic: true }] }]
      : bullets(scenario.attachments.map((name) => [{ text: name }]))),
  ];
  return wordDocument(scenario.title, blocks);
}
