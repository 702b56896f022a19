import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { learnerLoginsWorkbook } from '#functions/documents/learner-logins.ts';

describe('the learners’ logins spreadsheet (guide 3.4)', () => {
  it('writes dates as jj/mm/aaaa and the initial password as jjmmaaaa, as text', async () => {
    const bytes = await learnerLoginsWorkbook('1re GA 1', [
      { lastName: 'Martin', firstName: 'Léa', login: 'lea.martin', birthDate: '2009-03-04', activated: true },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('1re GA 1');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['Martin', 'Léa', 'lea.martin', '04/03/2009', '04032009', 'oui']);
  });

  it('names the sheet without the characters Excel forbids', async () => {
    const bytes = await learnerLoginsWorkbook('TLE/GA:1', []);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    expect(book.worksheets[0]!.name).toBe('TLE GA 1');
  });
});
