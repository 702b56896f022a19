/**
 * Calendar dates as `YYYY-MM-DD` strings. The product's date rules (birth dates, school years,
 * the 3- and 6-month windows after a learner leaves) are about days in France, not instants, so
 * they work on plain date strings: they sort and compare as text, survive JSON and DynamoDB
 * unchanged, and never shift by a time zone the way `Date` objects do.
 */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_SHAPE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * The parts of a real calendar date, or null when the text is not one (`2026-02-30`, `2026-2-3`).
 * @example parseIsoDate('2026-11-29') // { year: 2026, month: 11, day: 29 }
 */
export function parseIsoDate(value: string): DateParts | null {
  const match = ISO_SHAPE.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts) ? parts : null;
}

/** @example isIsoDate('2024-02-29') // true, isIsoDate('2023-02-29') // false */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/**
 * Parses a date the caller guarantees, throwing otherwise: a malformed date past the import's
 * validation is a bug, and silently computing a password or a deadline from it would be worse.
 * @example requireIsoDate('2026-11-29', 'today') // { year: 2026, month: 11, day: 29 }
 */
export function requireIsoDate(value: string, what: string): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parts;
}

/** @example formatIsoDate({ year: 2027, month: 2, day: 8 }) // '2027-02-08' */
export function formatIsoDate(parts: DateParts): IsoDate {
  return `${String(parts.year).padStart(4, '0')}-${pad2(parts.month)}-${pad2(parts.day)}`;
}

/**
 * SIECLE (BEE files) writes dates as `DD/MM/YYYY`; STS writes ISO. Returns null for anything
 * that is not a real date, so the importer can warn instead of guessing.
 * @example isoFromFrenchDate('05/06/2019') // '2019-06-05'
 */
export function isoFromFrenchDate(value: string): IsoDate | null {
  const match = FRENCH_SHAPE.exec(value.trim());
  if (!match) return null;
  const parts = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
  return isRealDate(parts) ? formatIsoDate(parts) : null;
}

/**
 * Today in metropolitan France. Lambdas run in UTC, so between midnight and 1 or 2 a.m. Paris
 * time `new Date().toISOString()` would still give yesterday.
 * @example parisToday(new Date('2026-11-28T23:30:00Z')) // '2026-11-29'
 */
export function parisToday(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return formatIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isRealDate({ year, month, day }: DateParts): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
