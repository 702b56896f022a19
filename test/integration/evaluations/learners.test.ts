import { describe, expect, it } from 'vitest';
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
});
