/*
 * What every document cell, paragraph and sheet name goes through before a library writes it.
 * Text comes from teachers and from SIECLE files: a pasted control character or a lone surrogate
 * makes the XML of an .xlsx or .docx invalid, and Excel then refuses the whole file (« nous avons
 * trouvé un problème dans le contenu »); neither exceljs nor docx filters them.
 */

/** Excel's limit for one cell; longer text is refused by Excel, not by the libraries. */
export const MAX_CELL_CHARACTERS = 32_767;
/** Excel's limit for a sheet name. */
export const MAX_SHEET_NAME_CHARACTERS = 31;

const TRUNCATED = ' … (tronqué)';

/**
 * Characters XML 1.0 forbids: C0 controls except tab, line feed and carriage return, U+FFFE,
 * U+FFFF, and surrogates that are not part of a pair.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text any XML document can carry: forbidden characters are dropped, the rest is unchanged.
 * @example xmlText('Relance\u0007 clients') // 'Relance clients'
 */
export function xmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * A spreadsheet cell's text: XML-safe, and cut to Excel's 32,767 characters with a visible
 * « … (tronqué) » so that the reader knows something is missing. A surrogate pair is never cut
 * in half.
 * @example cellText('x'.repeat(40_000)).endsWith('… (tronqué)') // true
 */
export function cellText(text: string): string {
  const clean = xmlText(text);
  return clean.length <= MAX_CELL_CHARACTERS ? clean : `${cut(clean, MAX_CELL_CHARACTERS - TRUNCATED.length)}${TRUNCATED}`;
}

/** The first `length` UTF-16 units (Excel counts those), one fewer rather than half a surrogate pair. */
function cut(text: string, length: number): string {
  const end = /[\ud800-\udbff]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/**
 * The sheet names of one workbook, in order: XML-safe, without the characters Excel forbids
 * (`: \ / ? * [ ]`, replaced by spaces), without a leading or trailing apostrophe, at most 31
 * characters, never empty, not Excel's reserved « History », and unique (Excel compares them
 * without case).
 * @example sheetNames(['TLE/GA:1', 'Classe', 'classe']) // ['TLE GA 1', 'Classe', 'classe 3']
 */
export function sheetNames(names: readonly string[]): string[] {
  // Excel reserves « History » (its change tracking sheet); exceljs throws on it.
  const used = new Set<string>(['history']);
  return names.map((wanted, index) => {
    const clean = xmlText(wanted)
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
    const base = cut(clean, MAX_SHEET_NAME_CHARACTERS).trim() || `Feuille ${index + 1}`;
    let name = base;
    for (let counter = index + 1; used.has(name.toLocaleLowerCase('fr')); counter += 1) {
      const suffix = ` ${counter}`;
      name = `${cut(base, MAX_SHEET_NAME_CHARACTERS - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(name.toLocaleLowerCase('fr'));
    return name;
  });
}
