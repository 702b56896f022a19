import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { z } from 'zod';
import type { teacherLearnersSchema } from '#shared/api/schemas/evaluations.ts';

type TeacherLearner = z.infer<typeof teacherLearnersSchema>['learners'][number];
import { compareNames } from '../structure/division-order.ts';

/**
 * The learners a teacher may put in an evaluation (those `checkedLearners` accepts): present
 * learners of the teacher's divisions, and of their groups. A group's learners are found through
 * the divisions it is made of (pattern 4c), so everything is a few bounded queries.
 */
export async function teacherLearners(deps: Pick<Dependencies, 'users' | 'structure'>, caller: Caller): Promise<TeacherLearner[]> {
  const taught = new Set(caller.user.divisions);
  if (taught.size === 0) return [];
  const structure = await deps.structure.list(caller.uai);
  const divisionsToRead = new Set<string>();
  for (const entry of structure) {
    if (!taught.has(entry.code)) continue;
    if (entry.kind === 'division') divisionsToRead.add(entry.code);
    else for (const code of entry.divisionCodes) divisionsToRead.add(code);
  }
  const learners = (await Promise.all([...divisionsToRead].map((code) => deps.users.learnersOfDivision(caller.uai, code)))).flat();
  const unique = new Map(
    learners
      .filter((user) => (user.division !== null && taught.has(user.division)) || user.groups.some((group) => taught.has(group)))
      .map((user) => [user.userId, user]),
  );
  return [...unique.values()]
    .sort((a, b) => (a.division ?? '').localeCompare(b.division ?? '', 'fr', { numeric: true }) || compareNames(a, b))
    .map((user) => ({
      id: user.userId,
      name: `${user.lastName} ${user.firstName}`.trim(),
      division: user.division,
      groups: user.groups.filter((group) => taught.has(group)),
    }));
}
