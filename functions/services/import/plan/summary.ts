import { initialPasswordFor } from '#shared/domain/initial-passwords.ts';
import type { ImportSummary } from '#shared/api/schemas/import.ts';
import type { User } from '../../ports/users.ts';
import { fullName } from './changes.ts';
import { unchangedCount, type ImportPlan } from './types.ts';

/** How many lines of each list the API returns; the spreadsheet has them all. */
export const SUMMARY_LINES = 100;

type Line = ImportSummary['created'][number];

/** One line of the result as the guide shows it: login and initial password, divisions, discipline… */
export function personLine(user: User, namesById: Map<string, string>): Line {
  const initialPassword =
    user.account === 'pending' && user.profile !== 'parent' && user.birthDate ? (initialPasswordFor(user.profile, user.birthDate) ?? undefined) : undefined;
  return {
    name: fullName(user),
    login: user.login,
    profile: user.profile,
    ...(initialPassword ? { initialPassword } : {}),
    ...(user.division ? { division: user.division } : {}),
    ...(user.groups.length ? { groups: user.groups } : {}),
    ...(user.divisions.length ? { divisions: user.divisions } : {}),
    ...(user.discipline ? { discipline: user.discipline } : {}),
    ...(user.diploma ? { diploma: user.diploma } : {}),
    ...(user.childIds.length ? { learners: user.childIds.map((id) => namesById.get(id) ?? '?').sort((a, b) => a.localeCompare(b, 'fr')) } : {}),
    ...(user.email ? { email: user.email } : {}),
  };
}

/** The plan (or the result) as the API shows it, each list cut at `limit` lines. */
export function summarise(plan: ImportPlan, knownUsers: User[], limit = SUMMARY_LINES): ImportSummary {
  const namesById = new Map([...knownUsers, ...plan.created].map((user) => [user.userId, fullName(user)]));
  const line = (user: User) => personLine(user, namesById);
  const createdGuardians = plan.created.filter((user) => user.profile === 'parent');
  const createdOthers = plan.created.filter((user) => user.profile !== 'parent');
  const lists = {
    created: createdOthers.map(line),
    updated: [...plan.updated, ...plan.restored].map((change) => line(change.after)),
    hidden: plan.hidden.map((change) => line(change.after)),
    guardians: createdGuardians.map(line),
  };
  const truncated = Object.values(lists).some((list) => list.length > limit);
  return {
    counts: {
      divisionsCreated: plan.divisionsCreated.filter((division) => division.kind === 'division').length,
      groupsCreated: plan.divisionsCreated.filter((division) => division.kind === 'group').length,
      usersCreated: createdOthers.length,
      usersUpdated: plan.updated.length + plan.restored.length,
      usersHidden: plan.hidden.length,
      usersUnchanged: unchangedCount(plan),
      guardiansCreated: createdGuardians.length,
      guardianLinksCreated: createdGuardians.reduce((total, user) => total + user.childIds.length, 0),
    },
    divisions: plan.divisionsCreated.filter((division) => division.kind === 'division').map((division) => division.code),
    groups: plan.divisionsCreated.filter((division) => division.kind === 'group').map((division) => division.code),
    created: lists.created.slice(0, limit),
    updated: lists.updated.slice(0, limit),
    hidden: lists.hidden.slice(0, limit),
    guardians: lists.guardians.slice(0, limit),
    truncated,
  };
}
