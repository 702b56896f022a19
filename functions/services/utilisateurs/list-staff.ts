import { STAFF_PROFILES, type StaffList } from '#shared/api/schemas/utilisateurs.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { loadEstablishment } from '../auth/load-member.ts';
import { compareNames, inDivisionOrder } from '../structure/division-order.ts';
import { canCreateUsers } from './creation-allowed.ts';
import { isStaffProfile, toStaffUser } from './staff-user.ts';

/**
 * Gestion des utilisateurs (guide 3.3): the staff who are still in the establishment, name-sorted
 * across profiles, whether manual creation is possible yet, and the divisions and groups for the
 * teachers' multi-select.
 */
export async function listStaff(deps: Dependencies, uai: string): Promise<StaffList> {
  const [establishment, people, structure] = await Promise.all([
    loadEstablishment(deps, uai),
    deps.users.listByProfile(uai, [...STAFF_PROFILES]),
    deps.structure.list(uai),
  ]);
  const users = people
    .filter((user) => user.leftOn === null)
    .sort(compareNames)
    .flatMap((user) => (isStaffProfile(user.profile) ? [toStaffUser({ ...user, profile: user.profile })] : []));
  return {
    users,
    canCreate: canCreateUsers(establishment),
    divisions: inDivisionOrder(structure).map(({ code, label, kind }) => ({ code, label, kind })),
  };
}
