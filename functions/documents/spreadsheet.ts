import type { HeaderFooter, PageSetup } from 'exceljs';
import { cellText, sheetNames } from './cell-guard.ts';

/** The media type of the .xlsx files {@link workbook} writes. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type CellValue = string | number | Date | null | undefined;

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width: number }[];
  rows: Record<string, CellValue>[];
  /** Printing (optional): A4 in this orientation, one page wide, the header row on every page, grid lines, a centred page header. */
  print?: PrintSetup;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Shrinks the columns onto one page width; the rows run onto as many pages as needed. */
  fitToWidth?: boolean;
  /** Repeats row 1 (the column headers) at the top of every printed page. */
  repeatHeaderRow?: boolean;
  gridLines?: boolean;
  /** Printed at the top of each page (a scenario's title). */
  pageHeader?: string;
}

/** Paper 9 is A4 in SpreadsheetML. */
const A4 = 9;
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * Every value as typed: numbers stay numbers, dates are written as `aaaa-mm-jj` text and
 * everything else as guarded text, so that no reader reformats a date or drops a leading zero.
 */
function cellValue(value: CellValue): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return cellText(value instanceof Date ? value.toISOString().slice(0, 10) : value);
}

/**
 * exceljs fills a sheet's page setup with its own defaults (printer DPI, scale 100, one page
 * high…); those we do not choose are left out of the file so that Excel applies its own.
 */
function pageSetup(print: PrintSetup | undefined): Partial<PageSetup> {
  const unset = {
    horizontalDpi: undefined,
    verticalDpi: undefined,
    scale: undefined,
    fitToWidth: undefined,
    fitToHeight: undefined,
    pageOrder: undefined,
    cellComments: undefined,
    errors: undefined,
  } as unknown as Partial<PageSetup>;
  if (!print) return { ...unset, orientation: undefined, margins: MARGINS };
  return {
    ...unset,
    paperSize: A4,
    orientation: print.orientation,
    margins: MARGINS,
    showGridLines: print.gridLines ?? false,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.repeatHeaderRow ? { printTitlesRow: '1:1' } : {}),
  };
}

/** In header text `&` starts a code (&C centre, &P page): a literal one is written `&&`. */
const headerFooter = (print: PrintSetup | undefined): Partial<HeaderFooter> =>
  print?.pageHeader ? { oddHeader: `&C${cellText(print.pageHeader).replace(/&/g, '&&')}`, oddFooter: '&CPage &P / &N' } : {};

/**
 * Tables of text and numbers as an .xlsx, one sheet per spec: a bold header row that stays
 * frozen and filters, column widths, and the print setup asked for. Sheet names and every cell
 * go through the cell guard (cell-guard.ts). exceljs is imported on the first workbook only: it
 * costs a fresh process 4× a bare start (docs/benchmarks.md), which a .docx need not pay.
 */
export async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Cerise';
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((spec, index) => {
    const sheet = book.addWorksheet(names[index], {
      views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      pageSetup: pageSetup(spec.print),
      headerFooter: headerFooter(spec.print),
    });
    sheet.columns = spec.columns.map((column) => ({ key: column.key, width: column.width }));
    sheet.addRow(spec.columns.map((column) => cellValue(column.header))).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => cellValue(row[column.key])));
    if (spec.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: spec.rows.length + 1, column: spec.columns.length } };
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
