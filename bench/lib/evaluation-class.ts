/**
 * What the evaluation benchmarks set up on an embedded stack already started (process.env points
 * at its emulators): an establishment with one GA class of `learners` learners, the first `items`
 * evaluable GA items, and teachers of that class, each with their own evaluation of all of them.
 */
export async function evaluationClass(stackUrl: string, name: string, learners: number, items: number) {
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { newDivision } = await import('#functions/services/structure/new-division.ts');
  const { newUser } = await import('#functions/services/utilisateurs/new-user.ts');
  const { parisToday } = await import('#shared/domain/calendar-date.ts');
  const { referentiel } = await import('#shared/referentiels/index.ts');
  const { newEstablishment, newMember } = await import('../../test/integration/support/people.ts');

  const deps = dependencies();
  const { uai } = await newEstablishment(name);
  await deps.structure.createMany([newDivision({ uai, code: '1GA1', diplomas: ['ga'] })]);
  const learnerIds: string[] = [];
  for (let index = 0; index < learners; index += 1) {
    const learner = newUser({ uai, login: `apprenant.${index}`, profile: 'apprenant', firstName: 'Élève', lastName: `N${index}`, division: '1GA1' });
    await deps.users.create(learner);
    learnerIds.push(learner.userId);
  }
  const ga = await referentiel('ga');
  const nodes = ga.nodes.filter((node) => ga.isEvaluable(node.id)).slice(0, items);
  if (nodes.length < items) throw new Error(`only ${nodes.length} evaluable GA items`);
  const itemIds = nodes.map((node) => node.id);

  /** A new teacher of the class, their API caller and the id of their new evaluation titled `title`. */
  async function teacherWithEvaluation(title: string) {
    const member = await newMember(stackUrl, uai, 'enseignant');
    await deps.users.save({ ...(await deps.users.get(uai, member.user.userId))!, divisions: ['1GA1'] });
    const call = <T = any>(method: string, path: string, body?: unknown) => member.client.call<T>(method, path, { token: member.token, body });
    const created = await call('POST', '/api/evaluations', { title, date: parisToday(), learnerIds, diploma: 'ga', level: '1BPRO3', items: itemIds });
    if (created.status !== 201) throw new Error(`create: ${created.text}`);
    return { call, id: created.body.evaluation.id as string };
  }

  return { uai, learnerIds, itemIds, items: nodes.map((node) => ({ code: node.code ?? node.id, title: node.title })), teacherWithEvaluation };
}
