import mefTable from '../data/mef-vocational.json' with { type: 'json' };
import type { IsoDate } from './calendar-date.ts';

/**
 * The diplomas the product knows, and how a SIECLE/STS MEF code (the learner's course and year)
 * maps to one of them and to a level.
 *
 * The list follows the reforms of the « famille de métiers » GATL: GA → AGOrA (2020),
 * Transport → OTM (2020), Logistique → Métiers de la logistique (2025), and since 2019 a common
 * first year. An establishment has learners of old and new diplomas at the same time, so all
 * are here. What each diploma's référentiel contains is data (`referentiels/<file>`); this
 * table only says which file, and how complete it is, so the import can flag learners whose
 * diploma has no usable data instead of dropping them. Codes, dates and sessions come from the
 * BCN tables N_FORMATION_DIPLOME and N_MEF (`docs/siecle-formats.md` §4).
 */

/**
 * How far a référentiel file can be relied on (from `referentiels/README.md`, 2026-11-28):
 * - `complete`: every item the app evaluates, from the official text;
 * - `structure-complete`: the item tree is complete but optional qualifiers are mostly missing
 *   (GA complexités and aléas: the administrator adds them);
 * - `provisional`: complete structure from third-party sources, to be checked (AGOrA);
 * - `skeleton`: titles only, not enough to build evaluation grids on (OTM).
 */
export type ReferentielStatus = 'complete' | 'structure-complete' | 'provisional' | 'skeleton';

export interface ReferentielRef {
  /** File name under `referentiels/`. */
  file: string;
  /** `diploma.code` inside that file. */
  code: string;
  status: ReferentielStatus;
}

export interface DiplomaDefinition {
  id: string;
  /** French name shown in the interface. */
  label: string;
  /** Short French name for tight places (lists, badges). */
  shortLabel: string;
  /** BCN FORMATION_DIPLOME code (8 digits). */
  bcnCode: string;
  /** BCN DATE_OUVERTURE / DATE_FERMETURE: first and last day learners may be enrolled. */
  opensOn: IsoDate;
  closesOn: IsoDate | null;
  /** BCN DATE_PREMIERE_SESSION / DATE_DERNIERE_SESSION: exam sessions (null: none, or not yet known). */
  firstSession: number | null;
  lastSession: number | null;
  /** Null: no référentiel, the learners' diploma is chosen by the administrator (common 2nde). */
  referentiel: ReferentielRef | null;
  /** Successor diploma in BCN (NOUVEAU_DIPLOME_1), if it is one the product knows. */
  replacedBy: string | null;
}

/**
 * The diplomas, in the order the interface lists them (by family, old before new).
 * @example DIPLOMAS.find((d) => d.id === 'otm')?.bcnCode // '40031114'
 */
export const DIPLOMAS = [
  {
    id: 'ga',
    label: 'Bac Pro Gestion-Administration',
    shortLabel: 'GA',
    bcnCode: '40030001',
    opensOn: '2012-09-01',
    closesOn: '2022-08-31',
    firstSession: 2015,
    lastSession: 2022,
    referentiel: { file: 'ga.json', code: 'BACPRO-GA', status: 'structure-complete' },
    replacedBy: 'agora',
  },
  {
    id: 'agora',
    label: 'Bac Pro Assistance à la gestion des organisations et de leurs activités (AGOrA)',
    shortLabel: 'AGOrA',
    bcnCode: '40030004',
    opensOn: '2020-09-01',
    closesOn: null,
    firstSession: 2023,
    lastSession: null,
    referentiel: { file: 'agora.json', code: 'BACPRO-AGORA', status: 'provisional' },
    replacedBy: null,
  },
  {
    id: 'transport',
    label: 'Bac Pro Transport',
    shortLabel: 'Transport',
    bcnCode: '40031108',
    opensOn: '2010-09-01',
    closesOn: '2022-08-31',
    firstSession: 2012,
    lastSession: 2022,
    referentiel: { file: 'transport.json', code: 'BACPRO-TRANSPORT', status: 'complete' },
    replacedBy: 'otm',
  },
  {
    id: 'otm',
    label: 'Bac Pro Organisation de transport de marchandises',
    shortLabel: 'OTM',
    bcnCode: '40031114',
    opensOn: '2020-09-01',
    closesOn: null,
    firstSession: 2023,
    lastSession: null,
    referentiel: { file: 'otm.json', code: 'BACPRO-OTM', status: 'skeleton' },
    replacedBy: null,
  },
  {
    id: 'logistique',
    label: 'Bac Pro Logistique',
    shortLabel: 'Logistique',
    bcnCode: '40031106',
    opensOn: '2010-09-01',
    closesOn: '2027-08-31',
    firstSession: 2012,
    lastSession: 2027,
    referentiel: { file: 'logistique.json', code: 'BACPRO-LOGISTIQUE', status: 'complete' },
    replacedBy: 'metiers-logistique',
  },
  {
    id: 'metiers-logistique',
    label: 'Bac Pro Métiers de la logistique',
    shortLabel: 'Métiers de la logistique',
    bcnCode: '40031116',
    opensOn: '2025-09-01',
    closesOn: null,
    firstSession: 2028,
    lastSession: null,
    referentiel: { file: 'metiers-logistique.json', code: 'BACPRO-METIERS-LOGISTIQUE', status: 'complete' },
    replacedBy: null,
  },
  {
    id: '2nde-gatl',
    label: '2nde Métiers de la gestion administrative, du transport et de la logistique',
    shortLabel: '2nde GATL',
    bcnCode: '40030003',
    opensOn: '2019-09-01',
    closesOn: null,
    firstSession: null,
    lastSession: null,
    referentiel: null,
    replacedBy: null,
  },
] as const satisfies readonly DiplomaDefinition[];

export type DiplomaId = (typeof DIPLOMAS)[number]['id'];
export type Diploma = (typeof DIPLOMAS)[number];

export interface AttachedDiplomaDefinition {
  id: string;
  label: string;
  shortLabel: string;
  bcnCode: string;
  /** The diploma whose course it is passed in. */
  attachedTo: DiplomaId;
  referentiel: ReferentielRef;
}

/**
 * Diplomas passed inside another one's course, with no MEF of their own: the BEP MSA is taken
 * during the Bac Pro GA, and a GA fiche can be attached to one of its activities.
 */
export const ATTACHED_DIPLOMAS = [
  {
    id: 'bep-msa',
    label: 'BEP Métiers des services administratifs',
    shortLabel: 'BEP MSA',
    bcnCode: '51032404',
    attachedTo: 'ga',
    referentiel: { file: 'bep-msa.json', code: 'BEP-MSA', status: 'complete' },
  },
] as const satisfies readonly AttachedDiplomaDefinition[];

/** @example isDiplomaId('otm') // true */
export function isDiplomaId(value: unknown): value is DiplomaId {
  return typeof value === 'string' && DIPLOMAS.some((diploma) => diploma.id === value);
}

/** @example diploma('ga').label // 'Bac Pro Gestion-Administration' */
export function diploma(id: DiplomaId): Diploma {
  const found = DIPLOMAS.find((d) => d.id === id);
  if (!found) throw new RangeError(`Unknown diploma ${id}`);
  return found;
}

/**
 * Whether the product has référentiel data for the diploma (any status). False for the common
 * 2nde, whose divisions get a diploma from the administrator.
 * @example hasReferentiel('2nde-gatl') // false
 */
export function hasReferentiel(id: DiplomaId): boolean {
  return diploma(id).referentiel !== null;
}

// ---------------------------------------------------------------------------------------------
// MEF codes

/** Year within the 3-year Bac Pro course: 2nde pro, 1re pro, Tle pro. */
export type CourseYear = 1 | 2 | 3;
/** PRODUCT.md levels: scenarios and evaluations belong to a level, which groups a year's divisions. */
export type Level = '1BPRO3' | '2BPRO3' | '3BPRO3';

export const LEVELS = ['1BPRO3', '2BPRO3', '3BPRO3'] as const satisfies readonly Level[];

/** @example levelOf(3) // '3BPRO3' */
export function levelOf(year: CourseYear): Level {
  return LEVELS[year - 1] as Level;
}

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
