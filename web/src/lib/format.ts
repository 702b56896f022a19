/** How figures and dates read in Cerise: French conventions, jj/mm/aaaa, Go/Mo in base 1024. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar date as jj/mm/aaaa.
 * @example formatDate('2008-09-05') // '05/09/2008'
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * An instant in the viewer's time, as jj/mm/aaaa à hh:mm.
 * @example formatDateTime('2025-03-12T13:05:00Z') // '12/03/2025 à 14:05' in Paris
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
  return `${day} à ${time}`;
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** A number written the French way (1 234,5). */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

const UNITS = ['octets', 'Ko', 'Mo', 'Go', 'To'] as const;

/**
 * A size in French units, base 1024 like the quotas (50 Mo = 50 × 1024 × 1024 octets).
 * @example formatBytes(3 * 1024 ** 3) // '3 Go'
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? integer.format(value) : decimal.format(value)} ${UNITS[unit]}`;
}

/** A percentage: 42 %, 3,5 %. */
export function formatPercent(value: number): string {
  return `${decimal.format(value)} %`;
}

/**
 * A count and its noun, singular for 0 and 1 as French has it.
 * @example plural(0, 'apprenant', 'apprenants') // '0 apprenant'
 */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${integer.format(count)} ${count < 2 ? singular : pluralForm}`;
}

/** Compares names the way a French reader sorts them (accents and case ignored). */
export const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;
