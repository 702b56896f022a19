import type { Division } from '../ports/structure.ts';

// Numeric collation: « 2GA10 » after « 2GA9 », and case and accents ignored, as a teacher reads a list.
const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Division codes in natural order (`1GA2` < `1GA10`). */
export function compareCodes(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Divisions before groups, each in natural order of their codes. */
export function inDivisionOrder<T extends Pick<Division, 'code' | 'kind'>>(structure: T[]): T[] {
  return [...structure].sort((a, b) => (a.kind === b.kind ? compareCodes(a.code, b.code) : a.kind === 'division' ? -1 : 1));
}

/** People in the order of a class list: last name, then first name, without case or accents. */
export function compareNames(a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}
