import { describe, expect, it } from 'vitest';
import { passwordProblem } from '#shared/domain/account-policy.ts';
import { initialPasswordFor, isPlausibleBirthDate } from '#shared/domain/initial-passwords.ts';

describe('initial passwords from the birth date (guide 3.1.2)', () => {
  it('gives heads and teachers their birth date as aaaa-mm-jj', () => {
    expect(initialPasswordFor('enseignant', '1980-04-07')).toBe('1980-04-07');
    expect(initialPasswordFor('chef', '1971-12-31')).toBe('1971-12-31');
  });

  it('gives learners their birth date as jjmmaaaa', () => {
    expect(initialPasswordFor('apprenant', '2010-04-07')).toBe('07042010');
    expect(initialPasswordFor('apprenant', '2009-12-31')).toBe('31122009');
  });

  it('treats other staff profiles like teachers', () => {
    expect(initialPasswordFor('lecteur', '1985-01-02')).toBe('1985-01-02');
    expect(initialPasswordFor('admin', '1985-01-02')).toBe('1985-01-02');
  });

  it('returns null when there is no birth date, so the account gets an emailed random password', () => {
    expect(initialPasswordFor('enseignant', null)).toBeNull();
    expect(initialPasswordFor('apprenant', undefined)).toBeNull();
    expect(initialPasswordFor('chef', '')).toBeNull();
    expect(initialPasswordFor('chef', '  ')).toBeNull();
  });

  it('returns null for parents, who always get a random password by email', () => {
    expect(initialPasswordFor('parent', '1975-06-15')).toBeNull();
  });

  it('throws on a malformed or impossible date', () => {
    expect(() => initialPasswordFor('apprenant', '07/04/2010')).toThrow(RangeError);
    expect(() => initialPasswordFor('apprenant', '2010-4-7')).toThrow(RangeError);
    expect(() => initialPasswordFor('enseignant', '2023-02-29')).toThrow(RangeError);
    expect(() => initialPasswordFor('enseignant', '1980-13-01')).toThrow(RangeError);
    expect(() => initialPasswordFor('enseignant', '1980-04-07T00:00:00Z')).toThrow(RangeError);
  });

  it('accepts 29 February of a leap year', () => {
    expect(initialPasswordFor('apprenant', '2008-02-29')).toBe('29022008');
  });

  it('always satisfies the password policy', () => {
    expect(passwordProblem(initialPasswordFor('apprenant', '2010-04-07')!)).toBeNull();
    expect(passwordProblem(initialPasswordFor('enseignant', '1980-04-07')!)).toBeNull();
  });
});

describe('isPlausibleBirthDate (import warnings)', () => {
  const today = '2026-11-29';

  it('accepts dates from 1900 up to today', () => {
    expect(isPlausibleBirthDate('2009-03-14', today)).toBe(true);
    expect(isPlausibleBirthDate('1900-01-01', today)).toBe(true);
    expect(isPlausibleBirthDate(today, today)).toBe(true);
  });

  it('flags dates before 1900, in the future, or not dates at all', () => {
    expect(isPlausibleBirthDate('1899-12-31', today)).toBe(false);
    expect(isPlausibleBirthDate('2026-11-30', today)).toBe(false);
    expect(isPlausibleBirthDate('2009-02-30', today)).toBe(false);
    expect(isPlausibleBirthDate('14/03/2009', today)).toBe(false);
    expect(isPlausibleBirthDate('', today)).toBe(false);
  });
});
