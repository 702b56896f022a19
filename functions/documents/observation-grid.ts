import type { DisplayedCode } from '#shared/domain/evaluation-codes.ts';
import { workbook } from './spreadsheet.ts';

export interface ObservationGridInput {
  scenarioTitle: string;
  /** In the scenario's order; `code` is the printed référentiel code (the column header). */
  items: { code: string; title: string }[];
  learners: { name: string; division: string }[];
  /** The six codes as the establishment letters and names them. */
  codes: DisplayedCode[];
}

/** A learners × items sheet to fill in by hand: a scenario's observation grid, an evaluation's blank sheet. */
export interface HandGridInput extends Omit<ObservationGridInput, 'scenarioTitle'> {
  /** Printed at the top of each page. */
  heading: string;
  /** Lines of the legend above the items (an evaluation's title, date, diploma, level). */
  details?: { label: string; value: string }[];
}

/**
 * The observation grid of a scenario (PRODUCT.md, Gestion des scénarios): one row per learner,
 * one narrow column per item headed by its printed code, and an empty comment column, to fill
 * in by hand during the activity. It prints on A4 landscape, one page wide, with the header row
 * on each page; the « Légende » sheet gives each code's title and the result letters.
 */
export function observationGridWorkbook(grid: ObservationGridInput): Promise<Uint8Array> {
  const { scenarioTitle, ...rest } = grid;
  return handGridWorkbook({ ...rest, heading: scenarioTitle });
}

/** The sheet of {@link observationGridWorkbook}, with any heading and legend details. */
export function handGridWorkbook(grid: HandGridInput): Promise<Uint8Array> {
  const itemKey = (index: number) => `item${index}`;
  const details = grid.details ?? [];
  return workbook([
    {
      name: 'Grille',
      columns: [
        { header: 'Nom prénom', key: 'name', width: 28 },
        { header: 'Classe', key: 'division', width: 10 },
        ...grid.items.map((item, index) => ({ header: item.code, key: itemKey(index), width: Math.min(12, Math.max(6, item.code.length + 2)) })),
        { header: 'Commentaire', key: 'comment', width: 40 },
      ],
      rows: grid.learners.map((learner) => ({ name: learner.name, division: learner.division })),
      print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRow: true, gridLines: true, pageHeader: grid.heading },
    },
    {
      name: 'Légende',
      columns: [
        { header: 'Code', key: 'code', width: 14 },
        { header: 'Intitulé', key: 'title', width: 90 },
      ],
      rows: [
        ...details.map((detail) => ({ code: detail.label, title: detail.value })),
        ...(details.length > 0 ? [{}] : []),
        ...grid.items.map((item) => ({ code: item.code, title: item.title })),
        {},
        { code: 'Résultats', title: 'Lettre à porter dans la grille' },
        ...grid.codes.map((code) => ({ code: code.letter, title: `${code.label} (${code.code})` })),
      ],
      print: { orientation: 'portrait', fitToWidth: true, repeatHeaderRow: true, pageHeader: grid.heading },
    },
  ]);
}
