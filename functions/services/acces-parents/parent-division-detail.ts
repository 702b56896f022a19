import type { ParentDivisionDetail } from '#shared/api/schemas/acces.ts';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { fullName } from '../import/plan/changes.ts';
import { withCounts } from '../import/division-counts.ts';
import { diplomaOpen, parentAccessOf, parentDivisionView } from './access-state.ts';
import { divisionPeople, guardiansOf } from './division-people.ts';

/** The group of learners whose diploma the product does not recognise; only a whole-division opening covers it. */
export const NO_DIPLOMA = '';
const NO_DIPLOMA_LABEL = 'Sans diplôme reconnu';

const diplomaRank = (diploma: string) => {
  if (diploma === NO_DIPLOMA) return DIPLOMAS.length + 1;
  const index = DIPLOMAS.findIndex((known) => known.id === diploma);
  return index === -1 ? DIPLOMAS.length : index;
};
const diplomaLabel = (diploma: string) => (diploma === NO_DIPLOMA ? NO_DIPLOMA_LABEL : (DIPLOMAS.find((known) => known.id === diploma)?.label ?? diploma));

/**
 * One class opened in Gestion des accès parents (guide 3.5): its diplomas, each with its
 * learners and their guardians, and who has access. A guardian has access once their account
 * exists (the access email was sent), whichever child's class gave it.
 */
export async function parentDivisionDetail(deps: Pick<Dependencies, 'structure' | 'users'>, uai: string, code: string): Promise<ParentDivisionDetail> {
  const { division, learners, guardians } = await divisionPeople(deps, uai, code);
  const access = parentAccessOf(division);
  const byDiploma = new Map<string, User[]>();
  for (const learner of learners) {
    const key = learner.diploma ?? NO_DIPLOMA;
    byDiploma.set(key, [...(byDiploma.get(key) ?? []), learner]);
  }
  // Counts from the people just read: fresher than the stored ones if an import is under way.
  const [counted] = withCounts([division], [...learners, ...guardians.values()]);
  return {
    division: parentDivisionView(
      counted!,
      learners.map((learner) => learner.diploma),
    ),
    diplomas: [...byDiploma]
      .sort(([a], [b]) => diplomaRank(a) - diplomaRank(b) || a.localeCompare(b))
      .map(([diploma, members]) => ({
        diploma,
        label: diplomaLabel(diploma),
        accessGiven: diplomaOpen(access, diploma === NO_DIPLOMA ? null : diploma),
        learners: members.map((learner) => ({
          userId: learner.userId,
          name: fullName(learner),
          guardians: guardiansOf(learner, guardians).map((guardian) => ({
            userId: guardian.userId,
            name: fullName(guardian),
            email: guardian.email,
            login: guardian.login,
            accessGiven: guardian.account === 'active',
          })),
        })),
      })),
  };
}
