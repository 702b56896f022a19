import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { workbook } from '#functions/documents/spreadsheet.ts';
import { wordDocument } from '#functions/documents/word-document.ts';

/** What a teacher's paste or a SIECLE file may bring: controls, a lone surrogate, U+FFFF. */
const HOSTILE = 'Relance\u0007 « clients »\ud83c\uffff & <fournisseurs>\u0000';
const CLEAN = 'Relance « clients » & <fournisseurs>';

async function xmlParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name));
  return Object.fromEntries(await Promise.all(parts.map(async (file) => [file.name, await file.async('string')] as const)));
}

describe('every document goes through the cell guard', () => {
  it('writes an .xlsx whose XML is valid from hostile text, with a truncated long cell and unique sheet names', async () => {
    const columns = [{ header: `Nom${HOSTILE}`, key: 'name', width: 20 }];
    const bytes = await workbook([
      { name: 'Classe/1', columns, rows: [{ name: HOSTILE }, { name: 'x'.repeat(40_000) }] },
      { name: 'classe 1', columns, rows: [] },
    ]);

    for (const [name, xml] of Object.entries(await xmlParts(bytes))) expect(XMLValidator.validate(xml), name).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Classe 1', 'classe 1 2']);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(`Nom${CLEAN}`);
    expect(sheet.getCell('A2').value).toBe(CLEAN);
    const long = String(sheet.getCell('A3').value);
    expect(long).toHaveLength(32_767);
    expect(long.endsWith('… (tronqué)')).toBe(true);
  });

  it('writes a .docx whose XML is valid from hostile text', async () => {
    const bytes = await wordDocument(HOSTILE, [
      { kind: 'title', text: HOSTILE },
      {
        kind: 'paragraph',
        runs: [
          { text: HOSTILE, bold: true },
          { text: 'lien', link: 'https://example.org/?a=1&b=2' },
        ],
      },
      { kind: 'table', rows: [[HOSTILE, HOSTILE]] },
    ]);

    const parts = await xmlParts(bytes);
    for (const [name, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), name).toBe(true);
    const text = parts['word/document.xml']!.replace(/<[^>]+>/g, '');
    expect(text).toContain('Relance « clients » &amp; &lt;fournisseurs&gt;');
    expect(text).not.toMatch(/[\u0000-\u0008\uffff]/);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Relance « clients » &amp; &lt;fournisseurs&gt;</dc:title>');
  });
});
