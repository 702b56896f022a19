import { describe, expect, it } from 'vitest';
import { referentiel } from '#shared/referentiels/index.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { currentEvaluationYear } from '#functions/services/evaluations/evaluation-scope.ts';
import { useStack } from '../support/stack.ts';
import { scenarioForm } from '../scenarios/support.ts';
import { evaluationForm, evaluationSpace } from './support.ts';

const stack = useStack();

type Cell = { learnerId: string; itemId: string; code: string | null; version: number };
const cellsOf = (grid: { cells: Cell[] }) => Object.fromEntries(grid.cells.map((cell) => [`${cell.learnerId}/${cell.itemId}`, cell.code]));

describe('Gestion des évaluations: creating and entering results', () => {
  it('creates an evaluation from scratch, saves cells and comments and reads them back', async () => {
    const { author, learners, asAuthor } = await evaluationSpace(stack.url);
    const [a, b] = learners.map((learner) => learner.user.userId);

    const created = await asAuthor('POST', '/api/evaluations', evaluationForm([a!, b!]));
    expect(created.status).toBe(201);
    expect(created.body.evaluation).toMatchObject({
      title: 'Accueil téléphonique',
      diploma: 'ga',
      level: '1BPRO3',
      schoolYear: currentEvaluationYear({ now: Date.now }),
      authorId: author.user.userId,
      visible: false,
      scenarioId: null,
      items: [
        { id: 'ga.1.1.1', qualifiers: [] },
        { id: 'ga.1.1.2', qualifiers: [] },
      ],
      version: 1,
    });
    expect(created.body.evaluation.learners.map((learner: { id: string }) => learner.id)).toEqual([a, b]);
    const id = created.body.evaluation.id as string;

    const first = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ learnerId: a, itemId: 'ga.1.1.1', code: 'RT', version: 1 });
    const changed = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'ECA', expectedVersion: 1 });
    expect(changed.body).toMatchObject({ code: 'ECA', version: 2 });
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: b, itemId: 'ga.1.1.2', code: 'ABS', expectedVersion: null });
    const cleared = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: b, itemId: 'ga.1.1.2', code: null, expectedVersion: 1 });
    expect(cleared.body).toMatchObject({ code: null, version: 2 });
    const comment = await asAuthor('PUT', `/api/evaluations/${id}/comments`, {
      learnerId: a,
      text: 'Bon accueil, reformulez davantage.',
      expectedVersion: null,
    });
    expect(comment.status).toBe(200);

    const grid = await asAuthor('GET', `/api/evaluations/${id}`);
    expect(grid.status).toBe(200);
    expect(cellsOf(grid.body)).toEqual({ [`${a}/ga.1.1.1`]: 'ECA', [`${b}/ga.1.1.2`]: null });
    expect(grid.body.comments).toEqual([expect.objectContaining({ learnerId: a, text: 'Bon accueil, reformulez davantage.', version: 1 })]);

    const list = await asAuthor('GET', '/api/evaluations');
    expect(list.body.evaluations).toEqual([
      expect.objectContaining({ id, title: 'Accueil téléphonique', itemCount: 2, learnerCount: 2, visible: false, version: 1 }),
    ]);
  });

  it('creates an evaluation from a scenario, copying its diploma, level, items and complexités', async () => {
    const { learners, asAuthor, asColleague } = await evaluationSpace(stack.url);
    const qualifier = (await referentiel('ga')).qualifiersOf('ga.1.1.1')[0]!.id;
    const scenario = await asColleague(
      'POST',
      '/api/scenarios',
      scenarioForm({ level: '2BPRO3', visibility: 'public', qualifiers: { 'ga.1.1.1': [qualifier] } }),
    );
    const hidden = await asColleague('POST', '/api/scenarios', scenarioForm({ visibility: 'private' }));

    const created = await asAuthor('POST', '/api/evaluations', {
      title: 'Depuis un scénario',
      date: evaluationForm([]).date,
      learnerIds: [learners[0]!.user.userId],
      fromScenarioId: scenario.body.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.evaluation).toMatchObject({
      diploma: 'ga',
      level: '2BPRO3',
      scenarioId: scenario.body.id,
      items: [
        { id: 'ga.1.1.1', qualifiers: [qualifier] },
        { id: 'ga.1.1.2', qualifiers: [] },
      ],
    });

    const fromPrivate = await asAuthor('POST', '/api/evaluations', {
      title: 'Scénario privé',
      date: evaluationForm([]).date,
      learnerIds: [learners[0]!.user.userId],
      fromScenarioId: hidden.body.id,
    });
    expect(fromPrivate.status).toBe(404);
  });

  it('fills the empty cells of a row without touching a result already entered', async () => {
    const { learners, asAuthor } = await evaluationSpace(stack.url);
    const [a, b] = learners.map((learner) => learner.user.userId);
    const id = (await asAuthor('POST', '/api/evaluations', evaluationForm([a!, b!]))).body.evaluation.id;
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.2', code: 'TE', expectedVersion: null });

    const filled = await asAuthor('POST', `/api/evaluations/${id}/fill`, { learnerIds: [a], code: 'ABS' });
    expect(filled.status).toBe(200);
    expect(filled.body).toMatchObject({ filled: 1, kept: 1 });
    expect(cellsOf(filled.body)).toEqual({ [`${a}/ga.1.1.1`]: 'ABS', [`${a}/ga.1.1.2`]: 'TE' });

    const column = await asAuthor('POST', `/api/evaluations/${id}/fill`, { itemIds: ['ga.1.1.1'], code: 'RP' });
    expect(column.body).toMatchObject({ filled: 1, kept: 1 });
    expect(cellsOf(column.body)[`${b}/ga.1.1.1`]).toBe('RP');
  });
});

describe('Gestion des évaluations: two sessions on one evaluation', () => {
  it('refuses a cell written on a stale version and answers the fresh value', async () => {
    const { learners, asAuthor } = await evaluationSpace(stack.url);
    const a = learners[0]!.user.userId;
    const id = (await asAuthor('POST', '/api/evaluations', evaluationForm([a]))).body.evaluation.id;

    const [one, two] = await Promise.all([
      asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null }),
      asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'TE', expectedVersion: null }),
    ]);
    const statuses = [one.status, two.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [won, lost] = one.status === 200 ? [one, two] : [two, one];
    expect(lost.body.error.code).toBe('RESULT_CHANGED');
    expect(lost.body.error.message).toContain('modifié ailleurs');
    expect(lost.body.error.current).toMatchObject({ learnerId: a, itemId: 'ga.1.1.1', code: won.body.code, version: 1 });

    const stale = await asAuthor('PUT', `/api/evaluations/${id}/comments`, { learnerId: a, text: 'Premier', expectedVersion: null });
    expect(stale.status).toBe(200);
    const again = await asAuthor('PUT', `/api/evaluations/${id}/comments`, { learnerId: a, text: 'Second', expectedVersion: null });
    expect(again.status).toBe(409);
    expect(again.body.error.current).toMatchObject({ text: 'Premier', version: 1 });
  });

  it('refuses a structure edit on a stale version and answers the fresh grid', async () => {
    const { learners, asAuthor } = await evaluationSpace(stack.url);
    const a = learners[0]!.user.userId;
    const form = evaluationForm([a]);
    const id = (await asAuthor('POST', '/api/evaluations', form)).body.evaluation.id;
    const edit = { title: form.title, date: form.date, items: form.items, qualifiers: {}, learnerIds: [a], version: 1 };

    const first = await asAuthor('PUT', `/api/evaluations/${id}`, { ...edit, title: 'Renommée' });
    expect(first.status).toBe(200);
    expect(first.body.evaluation).toMatchObject({ title: 'Renommée', version: 2 });
    const second = await asAuthor('PUT', `/api/evaluations/${id}`, { ...edit, title: 'Autre titre' });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('modifiée entre-temps');
    expect(second.body.error.current.evaluation).toMatchObject({ title: 'Renommée', version: 2 });
    const visibility = await asAuthor('PUT', `/api/evaluations/${id}/visibility`, { visible: true, version: 1 });
    expect(visibility.status).toBe(409);
  });
});

describe('Gestion des évaluations: adding and removing learners and items', () => {
  it('keeps the results of a learner or item taken out and shows them again when put back', async () => {
    const { learners, asAuthor } = await evaluationSpace(stack.url);
    const [a, b, c] = learners.map((learner) => learner.user.userId);
    const form = evaluationForm([a!, b!]);
    const id = (await asAuthor('POST', '/api/evaluations', form)).body.evaluation.id;
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: b, itemId: 'ga.1.1.2', code: 'RP', expectedVersion: null });
    const edit = { title: form.title, date: form.date, qualifiers: {} };

    const out = await asAuthor('PUT', `/api/evaluations/${id}`, { ...edit, items: ['ga.1.1.2', 'ga.1.1.3'], learnerIds: [b, c], version: 1 });
    expect(out.status).toBe(200);
    expect(out.body.evaluation.items.map((item: { id: string }) => item.id)).toEqual(['ga.1.1.2', 'ga.1.1.3']);
    expect(cellsOf(out.body)).toEqual({ [`${b}/ga.1.1.2`]: 'RP' });
    const refused = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'TE', expectedVersion: 1 });
    expect(refused.status).toBe(400);

    const back = await asAuthor('PUT', `/api/evaluations/${id}`, { ...edit, items: ['ga.1.1.1', 'ga.1.1.2'], learnerIds: [a, b, c], version: 2 });
    expect(back.status).toBe(200);
    expect(cellsOf(back.body)).toEqual({ [`${a}/ga.1.1.1`]: 'RT', [`${b}/ga.1.1.2`]: 'RP' });
  });
});

describe('Gestion des évaluations: what learners see', () => {
  it('shows a learner only visible evaluations, and only their own results and comment', async () => {
    const { learners, asAuthor, as } = await evaluationSpace(stack.url);
    const [a, b, c] = learners.map((learner) => learner.user.userId);
    const asA = as(learners[0]!);
    const asC = as(learners[2]!);
    const shown = (await asAuthor('POST', '/api/evaluations', evaluationForm([a!, b!], { title: 'Bilan de l’accueil' }))).body.evaluation;
    await asAuthor('POST', '/api/evaluations', evaluationForm([a!, b!], { title: 'Brouillon caché' }));
    await asAuthor('PUT', `/api/evaluations/${shown.id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });
    await asAuthor('PUT', `/api/evaluations/${shown.id}/cells`, { learnerId: b, itemId: 'ga.1.1.1', code: 'TE', expectedVersion: null });
    await asAuthor('PUT', `/api/evaluations/${shown.id}/comments`, { learnerId: a, text: 'Très bien', expectedVersion: null });
    await asAuthor('PUT', `/api/evaluations/${shown.id}/comments`, { learnerId: b, text: 'À revoir', expectedVersion: null });

    expect((await asA('GET', '/api/mes-evaluations')).body.evaluations).toEqual([]);
    const made = await asAuthor('PUT', `/api/evaluations/${shown.id}/visibility`, { visible: true, version: 1 });
    expect(made.status).toBe(200);
    expect(made.body.evaluation).toMatchObject({ visible: true, version: 2 });

    const list = await asA('GET', '/api/mes-evaluations');
    expect(list.status).toBe(200);
    expect(list.body.evaluations).toEqual([expect.objectContaining({ id: shown.id, title: 'Bilan de l’accueil', date: shown.date })]);
    expect((await asA('GET', `/api/mes-evaluations?title=${encodeURIComponent('BILAN DE L’ACCUÉIL')}`)).body.evaluations).toHaveLength(1);
    expect((await asA('GET', '/api/mes-evaluations?title=brouillon')).body.evaluations).toEqual([]);
    expect((await asA('GET', '/api/mes-evaluations?to=2000-01-01')).body.evaluations).toEqual([]);

    const own = await asA('GET', `/api/mes-evaluations/${shown.id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ title: 'Bilan de l’accueil', results: [{ itemId: 'ga.1.1.1', code: 'RT' }], comment: 'Très bien' });
    expect(JSON.stringify(own.body)).not.toContain('À revoir');
    expect(JSON.stringify(own.body)).not.toContain(b);
    expect((await asA('GET', `/api/evaluations/${shown.id}`)).status).toBe(403);
    expect((await asC('GET', `/api/mes-evaluations/${shown.id}`)).status).toBe(404);
    expect((await asC('GET', '/api/mes-evaluations')).body.evaluations).toEqual([]);

    // Taking a learner out of a visible evaluation removes it from their list.
    const form = evaluationForm([]);
    await asAuthor('PUT', `/api/evaluations/${shown.id}`, {
      title: 'Bilan de l’accueil',
      date: form.date,
      items: form.items,
      qualifiers: {},
      learnerIds: [b, c],
      version: 2,
    });
    expect((await asA('GET', '/api/mes-evaluations')).body.evaluations).toEqual([]);
    expect((await asC('GET', '/api/mes-evaluations')).body.evaluations).toHaveLength(1);

    const hidden = await asAuthor('PUT', `/api/evaluations/${shown.id}/visibility`, { visible: false, version: 3 });
    expect(hidden.status).toBe(200);
    expect((await asC('GET', '/api/mes-evaluations')).body.evaluations).toEqual([]);
    expect((await asC('GET', `/api/mes-evaluations/${shown.id}`)).status).toBe(404);
  });

  it('deletes an evaluation with its results and the learners’ links', async () => {
    const { learners, asAuthor, asColleague, as } = await evaluationSpace(stack.url);
    const a = learners[0]!.user.userId;
    const id = (await asAuthor('POST', '/api/evaluations', evaluationForm([a]))).body.evaluation.id;
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });
    await asAuthor('PUT', `/api/evaluations/${id}/visibility`, { visible: true, version: 1 });

    expect((await asColleague('DELETE', `/api/evaluations/${id}`)).status).toBe(404);
    expect((await asAuthor('DELETE', `/api/evaluations/${id}`)).status).toBe(200);
    expect((await asAuthor('GET', `/api/evaluations/${id}`)).status).toBe(404);
    expect((await as(learners[0]!)('GET', '/api/mes-evaluations')).body.evaluations).toEqual([]);
    expect(await dependencies().evaluations.grid(learners[0]!.user.uai, id)).toBeNull();
  });
});

describe('Consultation des évaluations', () => {
  it('shows an evaluation of a previous school year in consultation only, with its visibility toggle', async () => {
    const { uai, author, learners, asAuthor, as } = await evaluationSpace(stack.url);
    const a = learners[0]!.user.userId;
    const year = currentEvaluationYear({ now: Date.now }) - 1;
    const id = 'eval-annee-passee';
    await dependencies().evaluations.create({
      uai,
      id,
      title: 'Évaluation de l’an dernier',
      date: `${year + 1}-03-10`,
      schoolYear: year,
      diploma: 'ga',
      level: '1BPRO3',
      authorId: author.user.userId,
      authorName: 'Camille Test enseignant',
      scenarioId: null,
      visible: false,
      items: [{ id: 'ga.1.1.1', qualifiers: [] }],
      learners: [{ id: a, name: 'Test apprenant Camille', division: '1GA1' }],
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      version: 1,
    });

    expect((await asAuthor('GET', '/api/evaluations')).body.evaluations).toEqual([]);
    expect((await asAuthor('GET', `/api/evaluations/${id}`)).status).toBe(404);
    const refused = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });
    expect(refused.status).toBe(404);

    const consulted = await asAuthor('GET', '/api/consultation');
    expect(consulted.status).toBe(200);
    expect(consulted.body).toMatchObject({ schoolYear: year, evaluations: [expect.objectContaining({ id, title: 'Évaluation de l’an dernier' })] });
    expect((await asAuthor('GET', `/api/consultation/${id}`)).body.evaluation).toMatchObject({ id, visible: false });
    expect((await asAuthor('GET', `/api/consultation?year=${year + 1}`)).status).toBe(400);

    const visible = await asAuthor('PUT', `/api/consultation/${id}/visibility`, { visible: true, version: 1 });
    expect(visible.status).toBe(200);
    expect((await as(learners[0]!)('GET', '/api/mes-evaluations')).body.evaluations).toEqual([expect.objectContaining({ id })]);
  });

  it('refuses to create an evaluation dated in another school year', async () => {
    const { learners, asAuthor } = await evaluationSpace(stack.url);
    const answer = await asAuthor('POST', '/api/evaluations', evaluationForm([learners[0]!.user.userId], { date: '2001-03-10' }));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('année scolaire en cours');
  });
});

describe('Gestion des évaluations: refusals, nothing written', () => {
  const refusals: [string, (ids: { inside: string; outside: string }) => Record<string, unknown>, string][] = [
    ['an unknown item', ({ inside }) => evaluationForm([inside], { items: ['ga.9.9.9'] }), 'n’existent pas'],
    ['an item of another diploma', ({ inside }) => evaluationForm([inside], { items: ['ga.1.1.1', 'transport.G1C1.1'] }), 'autre diplôme'],
    ['a learner outside the teacher’s classes', ({ inside, outside }) => evaluationForm([inside, outside]), 'pas dans vos classes'],
    ['an unknown learner', ({ inside }) => evaluationForm([inside, 'inconnu']), 'pas dans vos classes'],
  ];
  for (const [what, form, message] of refusals) {
    it(`refuses an evaluation with ${what}`, async () => {
      const { learners, outsider, asAuthor } = await evaluationSpace(stack.url);
      const answer = await asAuthor('POST', '/api/evaluations', form({ inside: learners[0]!.user.userId, outside: outsider.user.userId }));
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toContain(message);
      expect((await asAuthor('GET', '/api/evaluations')).body.evaluations).toEqual([]);
    });
  }

  it('refuses a code outside the catalogue and a cell outside the grid, and a colleague gets 404', async () => {
    const { learners, outsider, asAuthor, asColleague } = await evaluationSpace(stack.url);
    const a = learners[0]!.user.userId;
    const id = (await asAuthor('POST', '/api/evaluations', evaluationForm([a]))).body.evaluation.id;

    const code = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'XX', expectedVersion: null });
    expect(code.status).toBe(400);
    expect(code.body.error.message).toContain('Ce code de résultat n’existe pas');
    const learner = await asAuthor('PUT', `/api/evaluations/${id}/cells`, {
      learnerId: outsider.user.userId,
      itemId: 'ga.1.1.1',
      code: 'RT',
      expectedVersion: null,
    });
    expect(learner.status).toBe(400);
    const item = await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.3', code: 'RT', expectedVersion: null });
    expect(item.status).toBe(400);
    expect(item.body.error.message).toContain('ne font pas partie');
    const addOutsider = await asAuthor('PUT', `/api/evaluations/${id}`, {
      ...evaluationForm([]),
      qualifiers: {},
      learnerIds: [a, outsider.user.userId],
      version: 1,
    });
    expect(addOutsider.status).toBe(400);

    expect((await asColleague('GET', `/api/evaluations/${id}`)).status).toBe(404);
    expect((await asColleague('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null })).status).toBe(
      404,
    );
    expect((await asColleague('PUT', `/api/evaluations/${id}/visibility`, { visible: true, version: 1 })).status).toBe(404);

    const grid = await asAuthor('GET', `/api/evaluations/${id}`);
    expect(grid.body.cells).toEqual([]);
    expect(grid.body.evaluation).toMatchObject({ version: 1, visible: false });
    expect(grid.body.evaluation.learners.map((l: { id: string }) => l.id)).toEqual([a]);
  });
});
