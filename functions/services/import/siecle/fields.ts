import { problems } from './messages.ts';
import { at, attr, text, type XmlNode } from './nodes.ts';
import type { ReadContext, SiecleKind } from './types.ts';
import { currentSchoolYear, parseDate, parseEmail, parseYear } from './values.ts';

/** What readers share: reading a field and reporting what is wrong with it. */

/** A date field; an unreadable one is an error naming the field and the person. */
export function dateField(ctx: ReadContext, raw: string | null, field: string, who: string, expected: string): string | null {
  const date = parseDate(raw);
  if (date.ok) return date.value;
  ctx.errors.push(problems.dateInvalid(field, who, date.raw, expected));
  return null;
}

/** An e-mail field; an address that does not look like one is dropped with a warning. */
export function emailField(ctx: ReadContext, raw: string | null, who: string): string | null {
  const email = parseEmail(raw);
  if (email.ok) return email.value;
  ctx.warnings.push(problems.emailInvalid(who, email.raw));
  return null;
}

/**
 * `ANNEE_SCOLAIRE` (text in BEE files, `@ANNEE` in STS), with a warning when it is not the current
 * school year: exports made in June or early September may already be next year's.
 */
export function schoolYearOf(root: XmlNode, kind: SiecleKind, ctx: ReadContext): number | null {
  const year = parseYear(kind === 'sts' ? attr(at(root, 'PARAMETRES', 'ANNEE_SCOLAIRE'), 'ANNEE') : text(at(root, 'PARAMETRES'), 'ANNEE_SCOLAIRE'));
  const current = currentSchoolYear(ctx.today);
  if (year !== null && current !== null && year !== current) ctx.warnings.push(problems.schoolYearOther(year, current));
  return year;
}
