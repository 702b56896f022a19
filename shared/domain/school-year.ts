import { daysInMonth, formatIsoDate, requireIsoDate, type IsoDate } from './calendar-date.ts';

/**
 * School years and the time windows that follow a learner's departure.
 *
 * A school year is named by its first calendar year (2026 = 2026-2027), as SIECLE's
 * `ANNEE_SCOLAIRE` and STS's `sts_emp_<UAI>_<année>` do, and starts on 1 August: classes end
 * early July and the new SIECLE year opens in the summer, so August belongs to the coming year
 * (SACoche uses the same cut: month > 7).
 */

/** Month (1-12) on whose 1st a school year starts. */
export const SCHOOL_YEAR_START_MONTH = 8;
/**
 * Evaluations change year on 1 September (issue « Gestion des évaluations »): an evaluation dated
 * in August still belongs to the year that ends, and last year's evaluations stay in *Gestion des
 * évaluations* until the first day of class, when they move to *Consultation des évaluations*.
 */
export const EVALUATION_YEAR_START_MONTH = 9;
/** Guide 3.1.3: a learner keeps *Export du passeport professionnel* 3 months after leaving. */
export const PASSPORT_EXPORT_MONTHS_AFTER_LEAVING = 3;
/** Guide 3.14: the chef's *bilan de formation* includes learners deactivated less than 6 months ago. */
export const CHEF_BILAN_MONTHS_AFTER_LEAVING = 6;

/**
 * The school year a date belongs to; `startMonth` is the month the year starts (August for
 * imports, `EVALUATION_YEAR_START_MONTH` for evaluations).
 * @example schoolYearOf('2026-11-29') // 2026
 * @example schoolYearOf('2026-07-31') // 2025
 * @example schoolYearOf('2026-08-20', EVALUATION_YEAR_START_MONTH) // 2025
 */
export function schoolYearOf(date: IsoDate, startMonth: number = SCHOOL_YEAR_START_MONTH): number {
  const { year, month } = requireIsoDate(date, 'Date');
  return month >= startMonth ? year : year - 1;
}

/** @example schoolYearLabel(2026) // '2026-2027' */
export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear}-${schoolYear + 1}`;
}

/**
 * First and last day of a school year, both included.
 * @example schoolYearBounds(2026) // { start: '2026-08-01', end: '2027-07-31' }
 */
export function schoolYearBounds(schoolYear: number): { start: IsoDate; end: IsoDate } {
  const endMonth = SCHOOL_YEAR_START_MONTH - 1;
  return {
    start: formatIsoDate({ year: schoolYear, month: SCHOOL_YEAR_START_MONTH, day: 1 }),
    end: formatIsoDate({ year: schoolYear + 1, month: endMonth, day: daysInMonth(schoolYear + 1, endMonth) }),
  };
}

/**
 * Whether `date` is strictly before `today` (a DATE_SORTIE of today or later: not left yet).
 * @example isPast('2026-11-28', '2026-11-29') // true
 */
export function isPast(date: IsoDate, today: IsoDate): boolean {
  requireIsoDate(date, 'Date');
  requireIsoDate(today, 'Today');
  return date < today;
}

/**
 * The same day `months` later (or earlier when negative); a day that does not exist in the
 * target month becomes its last day, as people count months: 31 August + 6 months = 28 February.
 * @example addMonths('2026-08-31', 6) // '2027-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number, got ${months}`);
  const { year, month, day } = requireIsoDate(date, 'Date');
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * Whole months elapsed from `from` to `to`: the largest n with `addMonths(from, n) <= to`
 * (negative when `to` is earlier).
 * @example monthsBetween('2026-08-31', '2026-11-30') // 3
 * @example monthsBetween('2026-08-31', '2026-11-29') // 2
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = requireIsoDate(from, 'From');
  const b = requireIsoDate(to, 'To');
  const estimate = (b.year - a.year) * 12 + (b.month - a.month);
  // The calendar-month difference is right, or one too many when `to`'s day comes earlier
  // in its month than `from`'s (after clamping to the month's length).
  return addMonths(from, estimate) <= to ? estimate : estimate - 1;
}

/**
 * Whether a learner may still use *Export du passeport professionnel*: always while enrolled
 * (`leftOn` null, or a DATE_SORTIE not reached yet), and after leaving up to and including the
 * day 3 months later; the daily job ends it once they "left more than 3 months ago".
 * @example canExportPassport('2026-08-31', '2026-11-30') // true
 * @example canExportPassport('2026-08-31', '2026-12-01') // false
 */
export function canExportPassport(leftOn: IsoDate | null, today: IsoDate): boolean {
  return withinMonthsAfterLeaving(leftOn, PASSPORT_EXPORT_MONTHS_AFTER_LEAVING, today);
}

/**
 * Whether a learner appears in the chef's *Export du bilan de formation*: enrolled, or left
 * up to 6 months ago (same counting as `canExportPassport`).
 * @example inChefBilan('2026-05-31', '2026-11-30') // true
 * @example inChefBilan('2026-05-31', '2026-12-01') // false
 */
export function inChefBilan(leftOn: IsoDate | null, today: IsoDate): boolean {
  return withinMonthsAfterLeaving(leftOn, CHEF_BILAN_MONTHS_AFTER_LEAVING, today);
}

function withinMonthsAfterLeaving(leftOn: IsoDate | null, months: number, today: IsoDate): boolean {
  requireIsoDate(today, 'Today');
  if (leftOn === null) return true;
  return today <= addMonths(leftOn, months);
}
