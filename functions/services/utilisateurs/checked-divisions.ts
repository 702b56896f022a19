import { AppError } from '#shared/api/errors.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { compareCodes } from '../structure/division-order.ts';

/**
 * The divisions and groups chosen for a staff member, deduplicated and in natural order. Codes
 * newly chosen must exist in the structure; codes the user already had are kept even if the
 * structure no longer lists them, so editing a name never fails on an old class.
 */
export async function checkedDivisions(deps: Pick<Dependencies, 'structure'>, uai: string, chosen: string[], current: string[] = []): Promise<string[]> {
  const codes = [...new Set(chosen.map((code) => code.trim()).filter((code) => code !== ''))];
  const added = codes.filter((code) => !current.includes(code));
  if (added.length > 0) {
    const known = new Set((await deps.structure.list(uai)).map((division) => division.code));
    const unknown = added.filter((code) => !known.has(code));
    if (unknown.length === 1) throw new AppError('DIVISION_CHOICE_UNKNOWN', { field: 'divisions', params: { code: unknown[0]! } });
    if (unknown.length > 1) throw new AppError('DIVISION_CHOICES_UNKNOWN', { field: 'divisions', params: { codes: unknown.join(', ') } });
  }
  return codes.sort(compareCodes);
}
