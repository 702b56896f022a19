import { describe, expect, it } from 'vitest';
import {
  addMonths,
  canExportPassport,
  EVALUATION_YEAR_START_MONTH,
  inChefBilan,
  isPast,
  monthsBetween,
  schoolYearBounds,
  schoolYearLabel,
  schoolYearOf,
} from '#shared/domain/school-year.ts';

describe('school years start on 1 August', () => {
  it('puts a date in the school year that contains it', () => {
    expect(schoolYearOf('2026-11-29')).toBe(2026);
    expect(schoolYearOf('2027-06-30')).toBe(2026);
    expect(schoolYearOf('2026-01-01')).toBe(2025);
  });

  it('switches between 31 July and 1 August', () => {
    expect(schoolYearOf('2026-07-31')).toBe(2025);
    expect(schoolYearOf('2026-08-01')).toBe(2026);
  });

  it('switches between 31 August and 1 September for evaluations', () => {
    expect(schoolYearOf('2026-08-31', EVALUATION_YEAR_START_MONTH)).toBe(2025);
    expect(schoolYearOf('2026-09-01', EVALUATION_YEAR_START_MONTH)).toBe(2026);
  });

  it('labels and bounds a school year', () => {
    expect(schoolYearLabel(2026)).toBe('2026-2027');
    expect(schoolYearBounds(2026)).toEqual({ start: '2026-08-01', end: '2027-07-31' });
    const { start, end } = schoolYearBounds(2025);
    expect(schoolYearOf(start)).toBe(2025);
    expect(schoolYearOf(end)).toBe(2025);
  });

  it('rejects a malformed date', () => {
    expect(() => schoolYearOf('29/11/2026')).toThrow(RangeError);
  });

  it('tells whether a date is strictly before today', () => {
    expect(isPast('2026-11-28', '2026-11-29')).toBe(true);
    expect(isPast('2026-11-29', '2026-11-29')).toBe(false);
    expect(isPast('2027-01-01', '2026-11-29')).toBe(false);
  });
});

describe('month arithmetic', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-11-29', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-15', 3)).toBe('2026-08-15');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('refuses a fractional number of months', () => {
    expect(() => addMonths('2026-01-15', 1.5)).toThrow(RangeError);
  });

  it('counts whole months elapsed, consistently with addMonths', () => {
    expect(monthsBetween('2026-08-31', '2026-11-30')).toBe(3);
    expect(monthsBetween('2026-08-31', '2026-11-29')).toBe(2);
    expect(monthsBetween('2026-08-15', '2026-08-15')).toBe(0);
    expect(monthsBetween('2026-08-15', '2027-08-14')).toBe(11);
    expect(monthsBetween('2026-08-15', '2027-08-15')).toBe(12);
    expect(monthsBetween('2026-11-15', '2026-08-15')).toBe(-3);
    for (const from of ['2026-01-31', '2026-02-28', '2026-08-30', '2024-02-29']) {
      for (let n = -14; n <= 14; n += 1) expect(monthsBetween(from, addMonths(from, n))).toBe(n);
    }
  });
});

describe('windows after a learner leaves', () => {
  it('keeps passport export while enrolled, whatever the date', () => {
    expect(canExportPassport(null, '2026-11-29')).toBe(true);
  });

  it('keeps passport export while the DATE_SORTIE is still ahead', () => {
    expect(canExportPassport('2027-07-04', '2026-11-29')).toBe(true);
  });

  it('keeps passport export up to and including the day 3 months after leaving', () => {
    expect(canExportPassport('2026-07-04', '2026-10-04')).toBe(true);
    expect(canExportPassport('2026-07-04', '2026-10-05')).toBe(false);
  });

  it('counts 3 months from the end of a month to the end of a shorter month', () => {
    expect(canExportPassport('2026-11-30', '2027-02-28')).toBe(true);
    expect(canExportPassport('2026-11-30', '2027-03-01')).toBe(false);
  });

  it('keeps a learner in the chef’s bilan up to 6 months after leaving', () => {
    expect(inChefBilan(null, '2026-11-29')).toBe(true);
    expect(inChefBilan('2026-05-31', '2026-11-30')).toBe(true);
    expect(inChefBilan('2026-05-31', '2026-12-01')).toBe(false);
    expect(inChefBilan('2026-07-04', '2026-11-29')).toBe(true);
  });

  it('still has the bilan after passport export has ended', () => {
    expect(canExportPassport('2026-07-04', '2026-11-29')).toBe(false);
    expect(inChefBilan('2026-07-04', '2026-11-29')).toBe(true);
  });

  it('rejects a malformed today', () => {
    expect(() => canExportPassport(null, '29/11/2026')).toThrow(RangeError);
  });
});
