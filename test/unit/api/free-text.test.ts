import { describe, expect, it } from 'vitest';
import { isCleanText, lineText, longText } from '#shared/api/schemas/common.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('free text of requests: lineText and longText', () => {
  const title = lineText(20, 'Le titre').min(1, { message: 'Le titre est obligatoire.' });
  const context = longText(40, 'Le contexte');

  it('trims and normalises to NFC before counting', () => {
    expect(title.parse('  E\u0301nergie ')).toBe('\u00C9nergie');
    expect(lineText(1, 'Le code').parse('e\u0301')).toBe('é');
  });

  it('keeps ordinary French, emoji and typographic spaces', () => {
    const text = 'L’élève « Zoë » a 1\u202F000 € 😀';
    expect(lineText(100, 'Le titre').parse(text)).toBe(text);
  });

  const hostile: [string, string][] = [
    ['a right-to-left override', 'Facture \u202Efdp.exe'],
    ['a left-to-right embedding', 'a\u202Ab'],
    ['a pop directional formatting', 'a\u202Cb'],
    ['a first-strong isolate', 'a\u2068b'],
    ['a pop directional isolate', 'a\u2069b'],
    ['a lone high surrogate', 'a\uD83Db'],
    ['a lone low surrogate', 'a\uDE00b'],
    ['a NUL', 'a\u0000b'],
    ['an escape', 'a\u001B[31mb'],
    ['a DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
  ];
  for (const [what, value] of hostile) {
    it(`refuses ${what} in one-line and multi-line texts, naming the field`, () => {
      expect(messages(title.safeParse(value))).toEqual(['Le titre contient des caractères non autorisés.']);
      expect(messages(context.safeParse(value))).toEqual(['Le contexte contient des caractères non autorisés.']);
    });
  }

  it('allows tabs and line breaks only in multi-line texts', () => {
    expect(context.parse('Ligne 1\r\nLigne 2\n\tretrait')).toBe('Ligne 1\r\nLigne 2\n\tretrait');
    for (const value of ['Ligne 1\nLigne 2', 'a\tb', 'a\rb'])
      expect(messages(title.safeParse(value))).toEqual(['Le titre contient des caractères non autorisés.']);
  });

  it('says the length limit with the field, or with the message given', () => {
    expect(messages(title.safeParse('x'.repeat(21)))).toEqual(['Le titre ne doit pas dépasser 20 caractères.']);
    expect(messages(lineText(3, 'Le libellé', '3 caractères au plus.').safeParse('abcd'))).toEqual(['3 caractères au plus.']);
    expect(messages(title.safeParse('   '))).toEqual(['Le titre est obligatoire.']);
  });

  it('isCleanText tells the same without zod', () => {
    expect(isCleanText('Budget\nprévisionnel', true)).toBe(true);
    expect(isCleanText('Budget\nprévisionnel', false)).toBe(false);
    expect(isCleanText('facture\u2066fdp', true)).toBe(false);
  });
});
