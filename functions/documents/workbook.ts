import JSZip from 'jszip';

/** The media type of the .xlsx files {@link workbook} writes. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width: number }[];
  rows: Record<string, string | number | Date | null | undefined>[];
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

/*
 * A minimal Office Open XML spreadsheet writer: tables of text and numbers, a bold frozen
 * header with filters, column widths. It is a few dozen lines over jszip (already used to read
 * SIECLE zips) where exceljs would put 2.4 MB into each Lambda bundle; the tests read the files
 * back with exceljs, and LibreOffice and Excel open them.
 */

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function cell(reference: string, value: unknown, style: number): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${reference}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  // Inline strings keep every value as typed text: no date or number reformatting by the reader.
  return `<c r="${reference}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function sheetXml(spec: SheetSpec): string {
  const header = `<row r="1">${spec.columns.map((column, index) => cell(`${columnName(index)}1`, column.header, 1)).join('')}</row>`;
  const rows = spec.rows.map(
    (row, rowIndex) => `<row r="${rowIndex + 2}">${spec.columns.map((column, index) => cell(`${columnName(index)}${rowIndex + 2}`, row[column.key], 0)).join('')}</row>`,
  );
  const last = `${columnName(Math.max(0, spec.columns.length - 1))}${spec.rows.length + 1}`;
  const print = spec.print;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
${print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\n' : ''}<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<cols>${spec.columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`).join('')}</cols>
<sheetData>${header}${rows.join('')}</sheetData>
${spec.columns.length > 0 ? `<autoFilter ref="A1:${last}"/>` : ''}
${print?.gridLines ? '<printOptions gridLines="1"/>\n' : ''}<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
${print ? `${pageSetupXml(print)}\n` : ''}</worksheet>`;
}

/** Element order matters to Excel: printOptions, pageMargins, pageSetup, headerFooter. Paper 9 is A4. */
function pageSetupXml(print: PrintSetup): string {
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  // In header text `&` starts a code (&C centre, &P page): a literal one is written `&&`.
  const header = print.pageHeader ? `<headerFooter><oddHeader>${escapeXml(`&C${print.pageHeader.replace(/&/g, '&&')}`)}</oddHeader><oddFooter>${escapeXml('&CPage &P / &N')}</oddFooter></headerFooter>` : '';
  return `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>${header}`;
}

/** Print titles are a workbook-level defined name per sheet (Excel's « Lignes à répéter en haut »). */
function definedNamesXml(sheets: SheetSpec[], names: string[]): string {
  const titles = sheets.flatMap((sheet, index) =>
    sheet.print?.repeatHeaderRow ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`'${names[index]!.replace(/'/g, "''")}'!$1:$1`)}</definedName>`] : [],
  );
  return titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : '';
}

/** Sheet names: at most 31 characters, none of \ / ? * [ ] :, unique in the workbook. */
function sheetNames(sheets: SheetSpec[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet, index) => {
    let name = sheet.name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31) || `Feuille ${index + 1}`;
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)} ${index + 1}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const names = sheetNames(sheets);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets>${definedNamesXml(sheets, names)}</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, index) => `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
  );
  sheets.forEach((sheet, index) => zip.file(`xl/worksheets/sheet${index + 1}.xml`, sheetXml(sheet)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
