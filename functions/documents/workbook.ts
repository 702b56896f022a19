import ExcelJS from 'exceljs';

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width: number }[];
  rows: Record<string, string | number | Date | null | undefined>[];
}

/**
 * An .xlsx of simple tables: bold frozen header, filters, one sheet per table. Sheet names are
 * cut to Excel's 31 characters.
 */
export async function workbook(sheets: SheetSpec[], creator = 'Cerise'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = creator;
  book.created = new Date();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns;
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row);
    if (spec.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
