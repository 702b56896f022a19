import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARACTERS, MAX_SHEET_NAME_CHARACTERS, cellText, sheetNames, xmlText } from '#functions/documents/cell-guard.ts';

describe('the document cell guard', () => {
  it('drops the characters XML forbids and keeps tab, line feed and carriage return', () => {
    const text = `a\u0000b\u0007c\u000bd\u001fe\ufffef\uffffg\th\ni\rj`;

    expect(xmlText(text)).toBe('abcdefg\th\ni\rj');
  });

  it('drops lone surrogates but keeps a character written as a surrogate pair', () => {
    const emoji = '\ud83c\udf52';

    expect(xmlText(`x\ud83cy\udf52z${emoji}`)).toBe(`xyz${emoji}`);
  });

  it('keeps French text, « », œ, ’ and narrow no-break spaces as they are', () => {
    const text = `Élève « œuvre » d’Anaïs : ${new Intl.NumberFormat('fr-FR').format(12345.5)} €`;

    expect(cellText(text)).toBe(text);
    expect(text).toContain('\u202f');
  });

  it('cuts a cell at Excel’s 32,767 characters with a visible « … (tronqué) »', () => {
    const long = 'é'.repeat(40_000);

    const cell = cellText(long);

    expect(cell).toHaveLength(MAX_CELL_CHARACTERS);
    expect(cell.endsWith(' … (tronqué)')).toBe(true);
    expect(cellText('é'.repeat(MAX_CELL_CHARACTERS))).toBe('é'.repeat(MAX_CELL_CHARACTERS));
  });

  it('never cuts a surrogate pair in half when truncating', () => {
    const cell = cellText(`${'a'.repeat(MAX_CELL_CHARACTERS - 13)}${'\ud83c\udf52'.repeat(10)}`);

    expect(xmlText(cell)).toBe(cell);
    expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
    expect(cell.endsWith(' … (tronqué)')).toBe(true);
  });

  it('removes the characters Excel forbids in sheet names', () => {
    expect(sheetNames(['TLE/GA:1', 'a\\b?c*d[e]f', "'Cité'"])).toEqual(['TLE GA 1', 'a b c d e f', 'Cité']);
  });

  it('cuts sheet names to 31 characters and names an empty one', () => {
    const [long, empty] = sheetNames(['Utilisateurs mis à jour pendant l’import de septembre', ' / : ']);

    expect(long).toBe('Utilisateurs mis à jour pendant');
    expect(long!.length).toBeLessThanOrEqual(MAX_SHEET_NAME_CHARACTERS);
    expect(empty).toBe('Feuille 2');
  });

  it('renames a sheet called History, which Excel reserves', () => {
    expect(sheetNames(['history', 'History'])).toEqual(['history 1', 'History 2']);
  });

  it('makes sheet names unique, ignoring case, and still at most 31 characters', () => {
    const names = sheetNames(['Classe', 'classe', 'CLASSE', 'x'.repeat(40), 'x'.repeat(35)]);

    expect(names).toEqual(['Classe', 'classe 2', 'CLASSE 3', 'x'.repeat(31), `${'x'.repeat(29)} 5`]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_CHARACTERS);
  });
});
