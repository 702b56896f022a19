import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { newDivision } from '#functions/services/structure/new-division.ts';
import { useStack } from '../support/stack.ts';
import { evaluationSpace } from './support.ts';

const stack = useStack();

describe('the learners a teacher can evaluate', () => {
  it('lists the present learners of the teacher’s classes, by class then name, and no one else', async () => {
    const { learners, outsider, asAuthor } = await evaluationSpace(stack.url);
    const answer = await asAuthor('GET', '/api/evaluations/apprenants');
    expect(answer.status, answer.text).toBe(200);
    const ids = answer.body.learners.map((learner: { id: string }) => learner.id);
    expect(ids.sort()).toEqual(learners.map((learner) => learner.user.userId).sort());
    expect(ids).not.toContain(outsider.user.userId);
    expect(answer.body.learners.every((learner: { division: string }) => learner.division === '1GA1')).toBe(true);
    const names = answer.body.learners.map((learner: { name: string }) => learner.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
  });

  it('tells, for each learner, the teacher’s groups they are in, so a whole group can be picked', async () => {
    const { uai, author, learners, outsider, asAuthor } = await evaluationSpace(stack.url);
    const deps = dependencies();
    await deps.structure.createMany([
      newDivision({ uai, code: 'GA-ANG', kind: 'group', divisionCodes: ['1GA1', '1TRA'] }),
      newDivision({ uai, code: 'GA-ESP', kind: 'group', divisionCodes: ['1GA1'] }),
    ]);
    const teacher = (await deps.users.get(uai, author.user.userId))!;
    await deps.users.save({ ...teacher, divisions: [...teacher.divisions, 'GA-ANG'] });
    const inGroups = async (userId: string, groups: string[]) => deps.users.save({ ...(await deps.users.get(uai, userId))!, groups });
    const [first, second] = learners.map((learner) => learner.user.userId) as [string, string];
    await inGroups(first, ['GA-ANG', 'GA-ESP']);
    await inGroups(second, ['GA-ESP']);
    await inGroups(outsider.user.userId, ['GA-ANG']);

    const answer = await asAuthor('GET', '/api/evaluations/apprenants');
    expect(answer.status, answer.text).toBe(200);
    const groupsOf = Object.fromEntries(answer.body.learners.map((learner: { id: string; groups: string[] }) => [learner.id, learner.groups]));
    // Only the teacher's groups; the Transport learner comes in through the group the teacher has.
    expect(groupsOf[first]).toEqual(['GA-ANG']);
    expect(groupsOf[second]).toEqual([]);
    expect(groupsOf[outsider.user.userId]).toEqual(['GA-ANG']);
  });
});
