import mefTable from './mef-vocational.json' with { type: 'json' };
import type { IsoDate } from '../domain/calendar-date.ts';
import { isDiplomaId, levelOf, type CourseYear, type DiplomaId, type Level } from '../domain/diplomas.ts';

/**
 * MEF codes (BCN N_MEF, `mef-vocational.json`): which diploma and year a SIECLE/STS division or
 * learner belongs to. Read by the importer only, so the SPA, which imports `diplomas.ts`, does not
 * ship the table.
 */

export interface MefInfo {
  diploma: DiplomaId;
  year: CourseYear;
  level: Level;
  /** BCN LIBELLE_LONG (`TLEPRO GESTION-ADMINISTRATION`), or the file's own label for `mefInfoFromLabels`. */
  label: string;
}

/** One row of `shared/data/mef-vocational.json` (a subset of BCN N_MEF). */
export interface MefRow {
  /** 10-character BCN MEF. */
  mef: string;
  formationDiplome: string;
  diploma: DiplomaId;
  year: CourseYear;
  label: string;
  editionLabel: string;
  opensOn: IsoDate;
  closesOn: IsoDate | null;
}

/**
 * The table, checked once at load: JSON types are loose, and a wrong row would silently put
 * learners in the wrong diploma.
 */
export const MEF_ROWS: readonly MefRow[] = mefTable.mefs.map((row): MefRow => {
  const year = row.year;
  if (!isDiplomaId(row.diploma) || (year !== 1 && year !== 2 && year !== 3) || !/^\d{10}$/.test(row.mef)) {
    throw new Error(`Invalid row in mef-vocational.json: ${JSON.stringify(row)}`);
  }
  return { ...row, diploma: row.diploma, year };
});

const BY_MEF = new Map(MEF_ROWS.map((row) => [row.mef, row]));

/**
 * Diploma, year and level of a MEF code, as SIECLE writes it (11 characters: the BCN MEF plus
 * one trailing character) or as BCN does (10). Null for any other diploma (the import imports
 * those learners and flags them) and for malformed codes.
 * @example mefInfo('24730001330') // { diploma: 'ga', year: 3, level: '3BPRO3', label: 'TLEPRO GESTION-ADMINISTRATION' }
 * @example mefInfo('10310019110') // null (3EME)
 */
export function mefInfo(codeMef: string): MefInfo | null {
  const code = codeMef.trim();
  if (code.length !== 10 && code.length !== 11) return null;
  const row = BY_MEF.get(code.slice(0, 10));
  if (!row) return null;
  return { diploma: row.diploma, year: row.year, level: levelOf(row.year), label: row.label };
}

/**
 * Fallback for a MEF code missing from the table (a BCN code created after it was generated),
 * from the labels the school's own nomenclature gives (`Nomenclature.xml` or sts_emp
 * `NOMENCLATURES/MEFS`: FORMATION and LIBELLE_LONG). Use only when `mefInfo` returns null: labels
 * are abbreviated freely, so this recognises the BCN wordings and close variants and returns null
 * rather than guess (e.g. `TRANSPORT FLUVIAL` is not Transport, `OPERATEUR LOGISTIQUE` is a CAP).
 * The year comes from the Bac Pro year marker (`2NDPRO`, `1ERPRO`, `TLEPRO` and spaced or
 * spelled-out forms); without one the MEF is not taken for a 3-year Bac Pro.
 * @example mefInfoFromLabels('TLEPRO30001', 'TLEPRO GESTION-ADMINISTRATION') // { diploma: 'ga', year: 3, level: '3BPRO3', label: 'TLEPRO GESTION-ADMINISTRATION' }
 */
export function mefInfoFromLabels(formation: string, longLabel: string): MefInfo | null {
  const texts = [longLabel, formation].map(normaliseLabel);
  const year = texts.map(yearFromLabel).find((y) => y !== null) ?? null;
  if (year === null) return null;
  for (const text of texts) {
    const id = diplomaFromLabel(text);
    if (id === null) continue;
    if (id === '2nde-gatl' && year !== 1) return null;
    const label = (longLabel.trim() || formation.trim()).replace(/\s+/g, ' ');
    return { diploma: id, year, level: levelOf(year), label };
  }
  return null;
}

/** Upper case, no accents, punctuation as spaces: `1ère pro Métiers  de la logistique` → `1ERE PRO METIERS DE LA LOGISTIQUE`. */
function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

const YEAR_MARKERS: readonly [RegExp, CourseYear][] = [
  [/(?:^| )(?:2NDE?|SECONDE) ?PRO/, 1],
  [/(?:^| )(?:1ERE?|PREMIERE) ?PRO/, 2],
  [/(?:^| )(?:TLE|TERM|TERMINALE) ?PRO/, 3],
  // Older BCN short labels: 1BPR3 / 2BPR3 / 3BPR3, and the product's own level names.
  [/(?:^| )1 ?BPRO?3(?: |$)/, 1],
  [/(?:^| )2 ?BPRO?3(?: |$)/, 2],
  [/(?:^| )3 ?BPRO?3(?: |$)/, 3],
];

function yearFromLabel(text: string): CourseYear | null {
  for (const [marker, year] of YEAR_MARKERS) if (marker.test(text)) return year;
  return null;
}

/** Words that carry no diploma meaning once the year marker is gone. */
const FILLER_WORDS = new Set(['BAC', 'BACPRO', 'PRO', 'COMM', 'COMMUNE', 'DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'L', 'D', 'ET', 'A', 'AU', 'EN']);
/** Year words, alone or glued to PRO and a code (`2NDPRO30001`, `TLE`, `1BPR3`). */
const YEAR_WORD = /^(?:(?:2NDE?|SECONDE|1ERE?|PREMIERE|TLE|TERM|TERMINALE)(?:PRO\d*)?|PRO\d*|[123]BPRO?3)$/;

function diplomaFromLabel(text: string): DiplomaId | null {
  const words = text.split(' ').filter((word) => !YEAR_WORD.test(word) && !FILLER_WORDS.has(word) && !/^\d+$/.test(word));
  const has = (prefix: string): boolean => words.some((word) => word.startsWith(prefix));
  const exactly = (...expected: string[]): boolean => words.join(' ') === expected.join(' ');

  // Most specific first: the common 2nde names all three trades; AGOrA contains GEST too.
  if (has('GEST') && has('TRA') && has('LOG')) return '2nde-gatl';
  if (words.includes('AGORA') || (has('ASSIST') && has('GEST') && has('ORGANIS'))) return 'agora';
  if (exactly('GESTION', 'ADMINISTRATION')) return 'ga';
  if (has('ORGANIS') && has('TRANSP') && has('MARCH')) return 'otm';
  if (exactly('TRANSPORT')) return 'transport';
  if (exactly('LOGISTIQUE')) return 'logistique';
  if (exactly('METIERS', 'LOGISTIQUE') || exactly('MET', 'LOGISTIQUE')) return 'metiers-logistique';
  return null;
}
