/** Normalising the values of SIECLE / STS records: names, dates, e-mails, codes. */

/** Trimmed, with single spaces and no control characters; null when nothing is left. */
export function cleanName(raw: string | null): string | null {
  if (raw === null) return null;
  const name = raw
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? null : name;
}

export type DateValue = { ok: true; value: string | null } | { ok: false; raw: string };

/**
 * `DD/MM/YYYY` (BEE files) or `YYYY-MM-DD` (STS files) to `YYYY-MM-DD`, checking that the day
 * exists (31/02 does not). Absent → `{ ok: true, value: null }`.
 */
export function parseDate(raw: string | null): DateValue {
  if (raw === null) return { ok: true, value: null };
  const french = raw.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  const iso = raw.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const parts = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { ok: false, raw };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? { ok: true, value: `${parts[0]}-${parts[1]}-${parts[2]}` } : { ok: false, raw };
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export type EmailValue = { ok: true; value: string | null } | { ok: false; raw: string };

/** Trimmed and lower-cased; refused unless shaped like `name@domain.tld`. */
export function parseEmail(raw: string | null): EmailValue {
  if (raw === null) return { ok: true, value: null };
  const email = raw.trim().toLowerCase();
  if (email === '') return { ok: true, value: null };
  return EMAIL.test(email) && email.length <= 254 ? { ok: true, value: email } : { ok: false, raw };
}

/** `ANNEE_SCOLAIRE` (the first calendar year of the school year), when it is one. */
export function parseYear(raw: string | null): number | null {
  return raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : null;
}

/** The school year `today` belongs to, by its first year: from August on, the new one. */
export function currentSchoolYear(today: string): number | null {
  const match = today.match(/^(\d{4})-(\d{2})-\d{2}$/);
  if (!match) return null;
  const year = Number(match[1]);
  return Number(match[2]) >= 8 ? year : year - 1;
}

/** LC_CIVILITE / LL_CIVILITE of BEE files (M., MME, MLLE, MONSIEUR…). */
export function civilityFromLabel(raw: string | null): 'M.' | 'Mme' | null {
  if (raw === null) return null;
  const label = raw.toUpperCase().replace(/[.\s]/g, '');
  if (label === 'M' || label === 'MR' || label === 'MONSIEUR') return 'M.';
  if (label === 'MME' || label === 'MLLE' || label === 'MADAME' || label === 'MADEMOISELLE') return 'Mme';
  return null;
}

/** CIVILITE of STS files: 1 M., 2 Mme, 3 Mlle (now Mme). */
export function civilityFromCode(raw: string | null): 'M.' | 'Mme' | null {
  if (raw === '1') return 'M.';
  if (raw === '2' || raw === '3') return 'Mme';
  return null;
}

/** CODE_SEXE: 1 male, 2 female. */
export function sexFromCode(raw: string | null): 'M' | 'F' | null {
  if (raw === '1') return 'M';
  if (raw === '2') return 'F';
  return null;
}
