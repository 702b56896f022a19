import { parseIsoDate, requireIsoDate, type IsoDate } from './calendar-date.ts';
import type { Profile } from './profiles.ts';

/**
 * Initial passwords of imported accounts (guide 3.1.2, 3.4): the birth date, `aaaa-mm-jj` for
 * heads and teachers, `jjmmaaaa` for learners, so that the administrator can hand them out
 * without a list. Both are changed at first sign-in, and both meet the 6-character minimum.
 */

/** The earliest birth date an import accepts without a warning. */
export const EARLIEST_PLAUSIBLE_BIRTH_DATE = '1900-01-01';

/**
 * The initial password of an imported account, or null when it must instead get a random
 * temporary password by email: parents always (guide 2.2), and anyone without a birth date in
 * the file (STS `TYPE="local"` staff may have none). An empty string counts as no date, since
 * that is how SIECLE writes a missing one. Staff profiles other than teachers and heads (admin,
 * lecteur) follow the staff form, as the guide only distinguishes learners from staff.
 * Throws a RangeError on anything else that is not a real `YYYY-MM-DD` date: the importer
 * converts and checks SIECLE's `DD/MM/YYYY` first (see `isoFromFrenchDate`).
 * @example initialPasswordFor('enseignant', '1980-04-07') // '1980-04-07'
 * @example initialPasswordFor('apprenant', '2010-04-07') // '07042010'
 */
export function initialPasswordFor(profile: Profile, birthDate: IsoDate | null | undefined): string | null {
  if (birthDate === null || birthDate === undefined || birthDate.trim() === '') return null;
  const { year, month, day } = requireIsoDate(birthDate, 'Birth date');
  if (profile === 'parent') return null;
  if (profile === 'apprenant') return `${pad2(day)}${pad2(month)}${String(year).padStart(4, '0')}`;
  return birthDate;
}

/**
 * Whether a birth date looks real enough to import without a warning: a calendar date from
 * 1900 up to today included. Malformed input is simply implausible here (no throw), since
 * this only feeds the analysis page's warnings.
 * @example isPlausibleBirthDate('2009-03-14', '2026-11-29') // true
 * @example isPlausibleBirthDate('2209-03-14', '2026-11-29') // false
 */
export function isPlausibleBirthDate(date: string, today: IsoDate): boolean {
  requireIsoDate(today, 'Today');
  return parseIsoDate(date) !== null && date >= EARLIEST_PLAUSIBLE_BIRTH_DATE && date <= today;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
