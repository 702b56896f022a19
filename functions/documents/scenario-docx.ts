import { BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

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
const FONT = 'Calibri';

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 80 }, children: [new TextRun(text)] });

/** Free text as typed: one paragraph per line, so Word keeps the teacher's line breaks. */
function textBlock(text: string): Paragraph[] {
  const lines = text.trim() ? text.split(/\r?\n/) : [NONE];
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: !text.trim() })] }));
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function factsTable(facts: ScenarioDocument['facts']): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: facts.map(
      (fact) =>
        new TableRow({
          children: [
            new TableCell({ borders, width: { size: 28, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: fact.label, bold: true })] })] }),
            new TableCell({ borders, width: { size: 72, type: WidthType.PERCENTAGE }, children: [new Paragraph(fact.value)] }),
          ],
        }),
    ),
  });
}

/**
 * « Exporter et/ou imprimer le scénario » (guide 3.7.2): a plain Word document (headings,
 * paragraphs, bullets, one table, hyperlinks) that Word 2007+, LibreOffice and OpenOffice open.
 * The text is tagged French so spelling and hyphenation work in the teacher's word processor.
 */
export function scenarioDocx(scenario: ScenarioDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(scenario.title)] }),
    factsTable(scenario.facts),
    heading(scenario.labels.context),
    ...textBlock(scenario.context),
    heading(scenario.labels.materials),
    ...textBlock(scenario.materials),
    heading(scenario.labels.links),
    ...(scenario.links.length === 0
      ? textBlock('')
      : scenario.links.map((link) => new Paragraph({ bullet: { level: 0 }, children: [new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] })] }))),
    heading(scenario.labels.resources),
    ...textBlock(scenario.resources),
    heading('Compétences évaluées'),
    ...(scenario.items.length === 0
      ? textBlock('')
      : scenario.items.flatMap((item) => [
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item.code, bold: true }), new TextRun(` — ${item.title}`)] }),
          ...item.qualifiers.map((qualifier) => new Paragraph({ bullet: { level: 1 }, children: [new TextRun({ text: `${qualifier.kind} : `, italics: true }), new TextRun(qualifier.title)] })),
        ])),
    heading(scenario.labels.attachments),
    ...(scenario.attachments.length === 0
      ? [new Paragraph({ children: [new TextRun({ text: 'Aucune', italics: true })] })]
      : scenario.attachments.map((name) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(name)] }))),
  ];
  const document = new Document({
    title: scenario.title,
    creator: 'Cerise',
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: 'fr-FR' } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document).then((buffer) => new Uint8Array(buffer));
}
