import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { xmlText } from './cell-guard.ts';

/** The media type of the .docx files {@link wordDocument} writes. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Makes the run an external hyperlink to this address. */
  link?: string;
}

/** The few blocks Cerise's Word documents use. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'bullet'; level: 0 | 1; runs: Run[] }
  | { kind: 'table'; rows: [string, string][] };

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
/** The two-column table: labels narrow, values wide, over the text width. */
const TABLE_COLUMNS = [2600, 6700];
const BULLETS = 'puces';

const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };

function runs(list: Run[]): ParagraphChild[] {
  return list.map((run) => {
    const text = new TextRun({ text: xmlText(run.text), bold: run.bold, italics: run.italic, style: run.link ? 'Hyperlink' : undefined });
    return run.link ? new ExternalHyperlink({ link: xmlText(run.link), children: [text] }) : text;
  });
}

function blockElement(block: Block): Paragraph | Table {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: runs([{ text: block.text }]) });
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs([{ text: block.text }]) });
    case 'paragraph':
      return new Paragraph({ children: runs(block.runs) });
    case 'bullet':
      return new Paragraph({ style: 'ListParagraph', numbering: { reference: BULLETS, level: block.level }, children: runs(block.runs) });
    case 'table': {
      const cell = (width: number, content: Run[]) =>
        new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: runs(content) })] });
      return new Table({
        width: { size: TABLE_COLUMNS[0]! + TABLE_COLUMNS[1]!, type: WidthType.DXA },
        columnWidths: TABLE_COLUMNS,
        borders: { top: border, left: border, bottom: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: block.rows.map(
          ([label, value]) => new TableRow({ children: [cell(TABLE_COLUMNS[0]!, [{ text: label, bold: true }]), cell(TABLE_COLUMNS[1]!, [{ text: value }])] }),
        ),
      });
    }
  }
}

const bulletLevel = (level: 0 | 1, text: string) => ({
  level,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
});

/**
 * A .docx of these blocks, with the document's title in its properties: Calibri 11, text tagged
 * French (so spelling and hyphenation work in the teacher's word processor), A4 with 2 cm margins,
 * bullets « • » and « – ». Every text goes through the cell guard (cell-guard.ts).
 */
export async function wordDocument(title: string, blocks: Block[]): Promise<Uint8Array> {
  const document = new Document({
    title: xmlText(title),
    creator: 'Cerise',
    lastModifiedBy: 'Cerise',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'fr-FR' } }, paragraph: { spacing: { after: 80 } } },
        title: { run: { bold: true, size: 36, color: '8B1538' }, paragraph: { spacing: { after: 200 } } },
        heading2: { run: { bold: true, size: 26, color: '000000' }, paragraph: { keepNext: true, spacing: { before: 240, after: 80 } } },
        hyperlink: { run: { color: '0563C1', underline: {} } },
      },
      paragraphStyles: [{ id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true }],
    },
    numbering: { config: [{ reference: BULLETS, levels: [bulletLevel(0, '•'), bulletLevel(1, '–')] }] },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, header: 567, footer: 567, gutter: 0 },
          },
        },
        children: blocks.map(blockElement),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
