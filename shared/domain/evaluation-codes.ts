/**
 * The evaluation codes (guide 3.8.2, 3.6.2; PRODUCT.md « Evaluation codes »).
 *
 * Results are stored as one of six **stable codes** (`RT`, `RP`, `ECA`, `TE`, `NE`, `ABS`); what a
 * user sees (letter, label, colour) is derived at display time from the establishment's settings.
 * Renaming a degree or changing its letter therefore never changes the meaning of a result
 * already recorded.
 *
 * Colours (hex, all checked by a unit test for a contrast ratio of at least 4.5:1 with their text
 * colour, WCAG AA for normal text):
 * - RT dark green `#1B5E20`, white letter (≈ 7.9:1);
 * - RP light green `#9CCC65` or yellow `#FFD54F`, dark letter `#1A1A1A` (≈ 10:1, 12:1);
 * - ECA orange `#F57C00`, dark letter (≈ 6.9:1) — white on orange would be below 3:1;
 * - TE red `#C62828`, white letter (≈ 5.6:1);
 * - NE blue `#1565C0`, white letter (≈ 5.8:1);
 * - ABS grey `#5F6368`, white letter (≈ 6.1:1).
 * Colour is never the only signal: every badge shows its letter and has the label as text.
 */

/** Every code a result may hold, in the order grids list them. */
export const EVALUATION_CODES = ['RT', 'RP', 'ECA', 'TE', 'NE', 'ABS'] as const;
export type EvaluationCode = (typeof EVALUATION_CODES)[number];

/** The four mastery degrees an establishment may rename and re-letter. */
export const MASTERY_DEGREES = ['RT', 'RP', 'ECA', 'TE'] as const;
export type MasteryDegree = (typeof MASTERY_DEGREES)[number];

/** The second degree's colour: light green by default, yellow on request (guide 3.6.2). */
export type SecondColour = 'green' | 'yellow';
export const SECOND_COLOURS = ['green', 'yellow'] as const satisfies readonly SecondColour[];

export const DARK_TEXT = '#1A1A1A';
export const LIGHT_TEXT = '#FFFFFF';

export interface EvaluationCodeDefinition {
  code: EvaluationCode;
  defaultLabel: string;
  /** The letter shown in grids when the establishment has not chosen one; fixed for NE and ABS. */
  defaultLetter: string;
  colour: string;
  textColour: string;
  /** Share of mastery the result is worth, in percent; null: not counted (NE, ABS). */
  masteryWeight: number | null;
  /** ABS makes no sense on a passport fiche, which the learner writes himself. */
  usableInPassport: boolean;
  /** Whether the establishment may rename it and change its letter. */
  editable: boolean;
}

/** The catalogue, in display order. */
export const EVALUATION_CODE_CATALOGUE = [
  {
    code: 'RT',
    defaultLabel: 'Réussite totale',
    defaultLetter: 'A',
    colour: '#1B5E20',
    textColour: LIGHT_TEXT,
    masteryWeight: 100,
    usableInPassport: true,
    editable: true,
  },
  {
    code: 'RP',
    defaultLabel: 'Réussite partielle',
    defaultLetter: 'B',
    colour: '#9CCC65',
    textColour: DARK_TEXT,
    masteryWeight: 67,
    usableInPassport: true,
    editable: true,
  },
  {
    code: 'ECA',
    defaultLabel: 'En cours d’acquisition',
    defaultLetter: 'C',
    colour: '#F57C00',
    textColour: DARK_TEXT,
    masteryWeight: 33,
    usableInPassport: true,
    editable: true,
  },
  {
    code: 'TE',
    defaultLabel: 'Trop d’erreurs',
    defaultLetter: 'D',
    colour: '#C62828',
    textColour: LIGHT_TEXT,
    masteryWeight: 0,
    usableInPassport: true,
    editable: true,
  },
  {
    code: 'NE',
    defaultLabel: 'Non évaluable',
    defaultLetter: 'NE',
    colour: '#1565C0',
    textColour: LIGHT_TEXT,
    masteryWeight: null,
    usableInPassport: true,
    editable: false,
  },
  {
    code: 'ABS',
    defaultLabel: 'Absent',
    defaultLetter: 'AB',
    colour: '#5F6368',
    textColour: LIGHT_TEXT,
    masteryWeight: null,
    usableInPassport: false,
    editable: false,
  },
] as const satisfies readonly EvaluationCodeDefinition[];

/** The yellow the second degree may take instead of light green. */
export const SECOND_DEGREE_YELLOW = '#FFD54F';

/** @example codeDefinition('NE').masteryWeight // null */
export function codeDefinition(code: EvaluationCode): EvaluationCodeDefinition {
  return EVALUATION_CODE_CATALOGUE.find((entry) => entry.code === code)!;
}

/** @example isEvaluationCode('ECA') // true */
export function isEvaluationCode(value: unknown): value is EvaluationCode {
  return typeof value === 'string' && (EVALUATION_CODES as readonly string[]).includes(value);
}

/** Codes a teacher may give on a passport fiche (all but ABS). */
export const PASSPORT_CODES = EVALUATION_CODE_CATALOGUE.filter((entry) => entry.usableInPassport).map((entry) => entry.code);

/** What an establishment chose in Paramètres « Codifier les résultats d'évaluations ». */
export interface EvaluationCodeSettings {
  degrees: Record<MasteryDegree, { label: string; letter: string }>;
  secondColour: SecondColour;
}

export const LABEL_MAX_LENGTH = 40;
export const LETTER_PATTERN = /^[A-Z0-9]{1,2}$/;

/** @example DEFAULT_CODE_SETTINGS.degrees.RT // { label: 'Réussite totale', letter: 'A' } */
export const DEFAULT_CODE_SETTINGS: EvaluationCodeSettings = {
  degrees: {
    RT: { label: codeDefinition('RT').defaultLabel, letter: codeDefinition('RT').defaultLetter },
    RP: { label: codeDefinition('RP').defaultLabel, letter: codeDefinition('RP').defaultLetter },
    ECA: { label: codeDefinition('ECA').defaultLabel, letter: codeDefinition('ECA').defaultLetter },
    TE: { label: codeDefinition('TE').defaultLabel, letter: codeDefinition('TE').defaultLetter },
  },
  secondColour: 'green',
};

/** How a code looks for one establishment. */
export interface DisplayedCode {
  code: EvaluationCode;
  letter: string;
  label: string;
  colour: string;
  textColour: string;
}

/**
 * The letter, label and colours of a stored code under an establishment's settings.
 * @example displayCode('RP', { ...DEFAULT_CODE_SETTINGS, secondColour: 'yellow' })
 *   // { code: 'RP', letter: 'B', label: 'Réussite partielle', colour: '#FFD54F', textColour: '#1A1A1A' }
 * @example displayCode('ABS', DEFAULT_CODE_SETTINGS).letter // 'AB'
 */
export function displayCode(code: EvaluationCode, settings: EvaluationCodeSettings = DEFAULT_CODE_SETTINGS): DisplayedCode {
  const definition = codeDefinition(code);
  const chosen = isMasteryDegree(code) ? settings.degrees[code] : null;
  const colour = code === 'RP' && settings.secondColour === 'yellow' ? SECOND_DEGREE_YELLOW : definition.colour;
  return {
    code,
    letter: chosen?.letter ?? definition.defaultLetter,
    label: chosen?.label ?? definition.defaultLabel,
    colour,
    textColour: definition.textColour,
  };
}

/** All six codes as they look for one establishment, in display order. */
export function displayCodes(settings: EvaluationCodeSettings = DEFAULT_CODE_SETTINGS): DisplayedCode[] {
  return EVALUATION_CODES.map((code) => displayCode(code, settings));
}

export function isMasteryDegree(code: string): code is MasteryDegree {
  return (MASTERY_DEGREES as readonly string[]).includes(code);
}

/** One problem of a settings form, with the path of its field (`degrees.RT.letter`). */
export interface CodeSettingsProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Letters and labels as typed: spaces around trimmed, letters in capitals. Used by the API
 * schema and by the form before validating, so both see the same values.
 * @example normaliseCodeSettings({ ...DEFAULT_CODE_SETTINGS, degrees: { ...DEFAULT_CODE_SETTINGS.degrees, RT: { label: ' Acquis ', letter: 'a ' } } }).degrees.RT
 *   // { label: 'Acquis', letter: 'A' }
 */
export function normaliseCodeSettings(settings: EvaluationCodeSettings): EvaluationCodeSettings {
  const degrees = Object.fromEntries(
    MASTERY_DEGREES.map((degree) => [degree, { label: settings.degrees[degree].label.trim(), letter: settings.degrees[degree].letter.trim().toUpperCase() }]),
  ) as EvaluationCodeSettings['degrees'];
  return { degrees, secondColour: settings.secondColour };
}

/**
 * What is wrong with an establishment's choice, in French, field by field (empty when valid):
 * each letter is 1 or 2 capital letters or digits (guide: « 2 caractères maximum, lettres et/ou
 * chiffres »), unique among the six codes (NE's and ABS's letters are fixed and count too), each
 * label 1 to 40 characters. Give it normalised settings.
 * @example validateCodeSettings(DEFAULT_CODE_SETTINGS) // []
 * @example validateCodeSettings({ ...DEFAULT_CODE_SETTINGS, degrees: { ...DEFAULT_CODE_SETTINGS.degrees, TE: { label: 'Trop d’erreurs', letter: 'NE' } } })
 *   // [{ path: ['degrees', 'TE', 'letter'], message: 'La lettre « NE » est déjà celle de « Non évaluable ».' }]
 */
export function validateCodeSettings(settings: EvaluationCodeSettings): CodeSettingsProblem[] {
  const problems: CodeSettingsProblem[] = [];
  const taken = new Map<string, string>();
  for (const code of EVALUATION_CODES) {
    const shown = displayCode(code, settings);
    const path = ['degrees', code];
    if (isMasteryDegree(code)) {
      const { label, letter } = settings.degrees[code];
      if (label.length === 0) problems.push({ path: [...path, 'label'], message: `Saisissez l’intitulé du degré « ${codeDefinition(code).defaultLabel} ».` });
      else if (label.length > LABEL_MAX_LENGTH)
        problems.push({ path: [...path, 'label'], message: `L’intitulé compte ${LABEL_MAX_LENGTH} caractères au plus.` });
      if (letter.length === 0) {
        problems.push({ path: [...path, 'letter'], message: 'Saisissez une lettre (1 ou 2 caractères).' });
        continue;
      }
      if (letter.length > 2) {
        problems.push({ path: [...path, 'letter'], message: 'Le code compte 2 caractères au plus.' });
        continue;
      }
      if (!LETTER_PATTERN.test(letter)) {
        problems.push({ path: [...path, 'letter'], message: 'Le code ne peut contenir que des lettres sans accent et des chiffres.' });
        continue;
      }
      const owner = taken.get(letter);
      if (owner !== undefined) {
        problems.push({ path: [...path, 'letter'], message: `La lettre « ${letter} » est déjà celle de « ${owner} ».` });
        continue;
      }
    }
    // NE and ABS come last, so a degree that takes their letter is reported on the degree.
    if (!isMasteryDegree(code)) {
      const clash = MASTERY_DEGREES.find((degree) => settings.degrees[degree].letter === shown.letter);
      if (clash) {
        problems.push({ path: [...path.slice(0, 1), clash, 'letter'], message: `La lettre « ${shown.letter} » est déjà celle de « ${shown.label} ».` });
        continue;
      }
    }
    taken.set(shown.letter, shown.label);
  }
  return problems;
}
