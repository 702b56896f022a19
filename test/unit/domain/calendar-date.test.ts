import { describe, expect, it } from 'vitest';
import { formatIsoDate, isIsoDate, isoFromFrenchDate, parisToday, parseIsoDate, requireIsoDate } from '#shared/domain/calendar-date.ts';

describe('calendar dates', () => {
  it('parses real YYYY-MM-DD dates only', () => {
    expect(parseIsoDate('2026-11-29')).toEqual({ year: 2026, month: 11, day: 29 });
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2100-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-00-10')).toBeNull();
    expect(parseIsoDate(' 2026-11-29')).toBeNull();
    expect(isIsoDate(20261129)).toBe(false);
  });

  it('names the faulty value when a required date is malformed', () => {
    expect(() => requireIsoDate('29/11/2026', 'Today')).toThrow('Today must be a calendar date YYYY-MM-DD, got "29/11/2026"');
  });

  it('pads when formatting', () => {
    expect(formatIsoDate({ year: 2027, month: 2, day: 8 })).toBe('2027-02-08');
  });

  it('converts SIECLE DD/MM/YYYY dates, refusing impossible ones', () => {
    expect(isoFromFrenchDate('05/06/2019')).toBe('2019-06-05');
    expect(isoFromFrenchDate(' 29/02/2008 ')).toBe('2008-02-29');
    expect(isoFromFrenchDate('29/02/2009')).toBeNull();
    expect(isoFromFrenchDate('5/6/2019')).toBeNull();
    expect(isoFromFrenchDate('')).toBeNull();
  });

  it('takes today in Paris, not in UTC', () => {
    expect(parisToday(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29');
    expect(parisToday(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
    expect(parisToday(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-29');
  });
});
