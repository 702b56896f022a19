/**
 * Types of the SIECLE / STS-Web readers (formats: docs/siecle-formats.md).
 *
 * Errors and warnings — the rule:
 * - An **error** means the import cannot be done without guessing, so nothing is written: the file
 *   is not one we can read (container, encoding, XML, kind, establishment), or a record lacks what
 *   identifies it or what we must store exactly (ELEVE_ID / PERSONNE_ID / staff ID, a last or first
 *   name, a readable date), or two records claim the same identifier, or the file holds none of
 *   the records it exists for. The administrator fixes the data in SIECLE / STS-Web and exports again.
 * - A **warning** means the import can go on with a result the administrator should know about:
 *   a record is imported with less (no division, an e-mail address dropped), or a reference is
 *   skipped (a link to an unknown person or learner, a service naming someone absent or without
 *   function), or something looks odd but is legitimate (two learners with the same INE, a school
 *   year that is not the current one).
 * Nothing is ever dropped silently, except what the format says to ignore (STS people without
 * FONCTION that no service names, the `Inactifs` pseudo-division, `__MACOSX/` entries of a zip).
 */

export type SiecleKind = 'sts' | 'eleves' | 'responsables' | 'nomenclatures';

export interface ImportProblem {
  /** Stable code (see PROBLEM_CODES in messages.ts), for tests and for the UI to group problems. */
  code: string;
  /** French, precise and actionable; names the person or file concerned. */
  message: string;
  /** The raw value or the parser's own words, for support. */
  detail?: string;
}

export type ParseResult =
  | { ok: true; file: SiecleFile; warnings: ImportProblem[] }
  /** `warnings` are the ones found along with the errors, so that one fix in SIECLE can address all. */
  | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[] };

export interface ParseOptions {
  /** The establishment the upload is for; the file must carry the same UAI. */
  expectedUai: string;
  /** The slot's accepted kinds; any kind when absent. */
  expectedKinds?: SiecleKind[];
  /** YYYY-MM-DD: decides who has already left (DATE_SORTIE may be in the future). */
  today: string;
}

// ---- sts_emp_<UAI>_<YEAR>.xml (root STS_EDT) ----

export interface StsSubject {
  /** MATIERE@CODE, the code services use (e.g. `061300`). */
  code: string;
  /** CODE_GESTION (e.g. `MATHS`). Optional in the type only, so that hand-built fixtures stay short. */
  managementCode?: string | null;
  shortLabel: string;
  longLabel: string;
}

export interface StsMef {
  /** 11-character MEF code (BCN MEF + one character). */
  code: string;
  formation: string;
  longLabel: string;
}

export interface StsPerson {
  /** INDIVIDU@ID, the key services use. */
  id: string;
  type: 'epp' | 'local' | string;
  civility: 'M.' | 'Mme' | null;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  /** ENS, DIR, EDU, DOC… People without FONCTION are left out of `staff` (see read-sts.ts). */
  function: string | null;
  /** Qualifications (DISCIPLINES), not what the person actually teaches (that is in the services). */
  disciplines: { code: string; label: string }[];
  /** Whether the person comes from SUPPLEANTS rather than INDIVIDUS (always set by the reader). */
  substitute?: boolean;
}

export interface StsService {
  subjectCode: string;
  /** CODE_MOD_COURS (CG = cours général…); always set by the reader. */
  courseMode?: string | null;
  /** Ids of `staff` members only: references to unknown or function-less people are removed (with a warning). */
  teacherIds: string[];
}

export interface StsDivision {
  code: string;
  label: string;
  mefCodes: string[];
  services: StsService[];
}

export interface StsGroup {
  code: string;
  label: string;
  /** Codes of divisions of this file only. */
  divisionCodes: string[];
  services: StsService[];
}

export interface StsFile {
  kind: 'sts';
  uai: string;
  schoolYear: number | null;
  subjects: Record<string, StsSubject>;
  mefs: Record<string, StsMef>;
  staff: StsPerson[];
  divisions: StsDivision[];
  groups: StsGroup[];
}

// ---- ElevesSansAdresses / ElevesAvecAdresses (root BEE_ELEVES) ----

export interface SiecleLearner {
  eleveId: string;
  /** ID_NATIONAL, else INE_RNIE, else INE_BEA; upper case. */
  ine: string | null;
  /** NOM_USAGE when not empty, else NOM_DE_FAMILLE, else NOM (before 2016). */
  lastName: string;
  firstName: string;
  birthDate: string | null;
  sex: 'M' | 'F' | null;
  mefCode: string | null;
  email: string | null;
  /** DATE_SORTIE as is: may be in the future, compare with today to know whether the learner left. */
  leftOn: string | null;
  /** Code of the `D` structure (the class), `Inactifs` excepted. */
  division: string | null;
  /** Codes of the `G` structures. */
  groups: string[];
}

export interface ElevesFile {
  kind: 'eleves';
  uai: string;
  schoolYear: number | null;
  learners: SiecleLearner[];
}

// ---- ResponsablesAvecAdresses (root BEE_RESPONSABLES) ----

export interface SiecleGuardian {
  personId: string;
  civility: 'M.' | 'Mme' | null;
  lastName: string;
  /** May be empty (a warning says so): some responsible persons are institutions. */
  firstName: string;
  /** Trimmed, lower case, shaped like an address; else null (with a warning). Not unique. */
  email: string | null;
  /** TEL_PORTABLE, else TEL_PERSONNEL, else TEL_PROFESSIONNEL. */
  phone: string | null;
}

export interface SiecleGuardianLink {
  eleveId: string;
  personId: string;
  /** RESP_LEGAL 1 or 2 (before 30/03/2018), or NIVEAU_RESPONSABILITE 1 (since). */
  legal: boolean;
  /** CODE_PARENTE: 10 mère, 20 père, 50 tuteur, 70 élève lui-même… */
  relationship: string | null;
}

export interface ResponsablesFile {
  kind: 'responsables';
  uai: string;
  schoolYear: number | null;
  persons: SiecleGuardian[];
  /** Only links to persons of this file (others are reported and left out). */
  links: SiecleGuardianLink[];
}

// ---- Nomenclature (root BEE_NOMENCLATURES) ----

export interface NomenclaturesFile {
  kind: 'nomenclatures';
  uai: string;
  /** Always set by the reader. */
  schoolYear?: number | null;
  mefs: StsMef[];
}

export type SiecleFile = StsFile | ElevesFile | ResponsablesFile | NomenclaturesFile;

/** Where a reader puts what it finds; `today` as in ParseOptions. */
export interface ReadContext {
  today: string;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}
