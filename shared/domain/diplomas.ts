import type { IsoDate } from './calendar-date.ts';

/**
 * The diplomas the product knows, their years and levels (how a SIECLE/STS MEF code, the learner's course and year,
 * maps to one of them: `shared/data/mef.ts`).
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
// Years and levels (MEF codes: shared/data/mef.ts, for the importer; the SPA does not ship the table)

/** Year within the 3-year Bac Pro course: 2nde pro, 1re pro, Tle pro. */
export type CourseYear = 1 | 2 | 3;
/** PRODUCT.md levels: scenarios and evaluations belong to a level, which groups a year's divisions. */
export type Level = '1BPRO3' | '2BPRO3' | '3BPRO3';

export const LEVELS = ['1BPRO3', '2BPRO3', '3BPRO3'] as const satisfies readonly Level[];

/** @example levelOf(3) // '3BPRO3' */
export function levelOf(year: CourseYear): Level {
  return LEVELS[year - 1] as Level;
}
