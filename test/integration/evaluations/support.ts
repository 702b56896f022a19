import { parisToday } from '#shared/domain/calendar-date.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { newDivision } from '#functions/services/structure/new-division.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { caller } from '../scenarios/support.ts';

export { caller };

type Member = Awaited<ReturnType<typeof newMember>>;

/** Places a stored user as an import would (the guard re-reads the user). */
async function place(uai: string, userId: string, fields: { divisions?: string[]; division?: string; groups?: string[] }) {
  const deps = dependencies();
  const user = (await deps.users.get(uai, userId))!;
  await deps.users.save({ ...user, ...fields });
}

/**
 * A fresh establishment with a GA division (three learners, the third one also in a group) and a
 * Transport one (one learner); the author and a colleague teach the GA division.
 */
export async function evaluationSpace(baseUrl: string) {
  const { uai } = await newEstablishment('Lycée des évaluations');
  await dependencies().structure.createMany([
    newDivision({ uai, code: '1GA1', diplomas: ['ga'] }),
    newDivision({ uai, code: '1TRA', diplomas: ['transport'] }),
  ]);
  const author = await newMember(baseUrl, uai, 'enseignant');
  const colleague = await newMember(baseUrl, uai, 'enseignant');
  await place(uai, author.user.userId, { divisions: ['1GA1'] });
  await place(uai, colleague.user.userId, { divisions: ['1GA1'] });
  const learners: Member[] = [];
  for (let index = 0; index < 3; index += 1) {
    const learner = await newMember(baseUrl, uai, 'apprenant');
    await place(uai, learner.user.userId, { division: '1GA1' });
    learners.push(learner);
  }
  const outsider = await newMember(baseUrl, uai, 'apprenant');
  await place(uai, outsider.user.userId, { division: '1TRA' });
  return { uai, author, colleague, learners, outsider, asAuthor: caller(author), asColleague: caller(colleague), as: (member: Member) => caller(member) };
}

/** A valid evaluation form for the GA, dated today, with `fields` changed. */
export function evaluationForm(learnerIds: string[], fields: Record<string, unknown> = {}) {
  return { title: 'Accueil téléphonique', date: parisToday(), learnerIds, diploma: 'ga', level: '1BPRO3', items: ['ga.1.1.1', 'ga.1.1.2'], ...fields };
}
