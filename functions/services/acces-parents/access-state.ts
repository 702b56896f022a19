import type { ParentDivision } from '#shared/api/schemas/acces.ts';
import type { Division } from '../ports/structure.ts';

type ParentAccess = Division['parentAccess'];

/** Division items written before parent access existed have none: closed. */
export function parentAccessOf(division: Pick<Division, 'parentAccess'>): ParentAccess {
  return division.parentAccess ?? { all: false, diplomas: [] };
}

/**
 * Whether the parents of a learner of this diploma (null: none recognised) have access: the
 * whole division was opened, or that diploma within it (guide 3.5).
 * @example diplomaOpen({ all: false, diplomas: ['ga'] }, 'ga') // true
 */
export function diplomaOpen(access: ParentAccess, diploma: string | null): boolean {
  return access.all || (diploma !== null && access.diplomas.includes(diploma));
}

/**
 * What the division list shows (« Donner l'accès aux parents » or « (Accès donné) »): `given`
 * when the whole division or each of its diplomas is open, `partial` when some diploma is,
 * `none` otherwise. `diplomas` are those present in the division; learners without a recognised
 * diploma count as null, which only a whole-division opening covers.
 * @example parentAccessState({ all: false, diplomas: ['ga'] }, ['ga', 'agora']) // 'partial'
 */
export function parentAccessState(access: ParentAccess, diplomas: readonly (string | null)[]): ParentDivision['access'] {
  if (access.all) return 'given';
  const present = [...new Set(diplomas)];
  if (present.length > 0 && present.every((diploma) => diplomaOpen(access, diploma))) return 'given';
  return access.diplomas.length > 0 ? 'partial' : 'none';
}

/** A division as the parent-access list shows it. */
export function parentDivisionView(division: Division, diplomas: readonly (string | null)[] = division.diplomas ?? []): ParentDivision {
  const counts = division.counts ?? { learners: 0, guardians: 0, guardiansWithEmail: 0 };
  return {
    code: division.code,
    label: division.label,
    learners: counts.learners,
    guardians: counts.guardians,
    guardiansWithEmail: counts.guardiansWithEmail,
    access: parentAccessState(parentAccessOf(division), diplomas),
  };
}
