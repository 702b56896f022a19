import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '#shared/api/errors.ts';
import { referentiel } from '#shared/referentiels/index.ts';
import { useStack } from '../support/stack.ts';
import { newMember } from '../support/people.ts';
import { caller, scenarioForm, teachingSpace } from './support.ts';

const stack = useStack();

/** Creation times are to the millisecond: leave one between scenarios whose order a test checks. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

let situationQualifier: string;
let otherSituationQualifier: string;

beforeAll(async () => {
  const ga = await referentiel('ga');
  situationQualifier = ga.qualifiersOf('ga.1.1.1')[0]!.id;
  otherSituationQualifier = ga.qualifiersOf('ga.1.1.5')[0]!.id;
});

describe('Gestion des scénarios: the author’s own scenarios', () => {
  it('creates, reads, updates and deletes a scenario', async () => {
    const { author, asAuthor } = await teachingSpace(stack.url);

    const created = await asAuthor('POST', '/api/scenarios', scenarioForm({ qualifiers: { 'ga.1.1.1': [situationQualifier] } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      diploma: 'ga',
      level: '1BPRO3',
      title: 'Accueil d’un nouveau fournisseur',
      visibility: 'private',
      items: ['ga.1.1.1', 'ga.1.1.2'],
      qualifiers: { 'ga.1.1.1': [situationQualifier] },
      links: ['https://www.economie.gouv.fr/entreprises'],
      authorId: author.user.userId,
      authorName: 'Camille Test enseignant',
      mine: true,
      version: 1,
    });
    const id = created.body.id as string;

    const read = await asAuthor('GET', `/api/scenarios/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const updated = await asAuthor('PUT', `/api/scenarios/${id}`, {
      ...scenarioForm({ title: 'Fournisseur et sous-traitant', level: '2BPRO3', visibility: 'public' }),
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'Fournisseur et sous-traitant', level: '2BPRO3', visibility: 'public', qualifiers: {}, version: 2 });
    expect((await asAuthor('GET', '/api/scenarios?level=1BPRO3')).body.scenarios).toEqual([]);
    expect((await asAuthor('GET', '/api/scenarios?level=2BPRO3')).body.scenarios.map((s: { id: string }) => s.id)).toEqual([id]);

    const deleted = await asAuthor('DELETE', `/api/scenarios/${id}`);
    expect(deleted.status).toBe(200);
    expect((await asAuthor('GET', `/api/scenarios/${id}`)).status).toBe(404);
    expect((await asAuthor('GET', '/api/scenarios')).body.scenarios).toEqual([]);
  });

  it('lists a level’s scenarios newest first and finds titles whatever their case and accents', async () => {
    const { asAuthor } = await teachingSpace(stack.url);
    for (const title of ['Énergie et budget', 'Relance des clients', 'Budget prévisionnel']) {
      expect((await asAuthor('POST', '/api/scenarios', scenarioForm({ title }))).status).toBe(201);
      await tick();
    }
    await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'Budget de terminale', level: '3BPRO3' }));

    const all = await asAuthor('GET', '/api/scenarios?level=1BPRO3');
    expect(all.status).toBe(200);
    expect(all.body.scenarios.map((s: { title: string }) => s.title)).toEqual(['Budget prévisionnel', 'Relance des clients', 'Énergie et budget']);
    expect(all.body.scenarios[0]).toMatchObject({ level: '1BPRO3', diploma: 'ga', itemCount: 2, mine: true });
    expect(all.body.diplomas).toEqual([{ id: 'ga', label: 'Bac Pro Gestion-Administration', shortLabel: 'GA' }]);

    const found = await asAuthor('GET', `/api/scenarios?level=1BPRO3&title=${encodeURIComponent('BUDGÉT')}`);
    expect(found.body.scenarios.map((s: { title: string }) => s.title)).toEqual(['Budget prévisionnel', 'Énergie et budget']);
    const energy = await asAuthor('GET', '/api/scenarios?title=energie');
    expect(energy.body.scenarios.map((s: { title: string }) => s.title)).toEqual(['Énergie et budget']);

    const wrongLevel = await asAuthor('GET', '/api/scenarios?level=4BPRO3');
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.error.message).toContain('Choisissez un niveau');
  });
});

describe('Gestion des scénarios: sharing with the team', () => {
  it('hides a private scenario from other teachers, in the list and by its address', async () => {
    const { asAuthor, asColleague } = await teachingSpace(stack.url);
    const secret = (await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'Brouillon personnel' }))).body;

    expect((await asColleague('GET', '/api/scenarios?level=1BPRO3')).body.scenarios).toEqual([]);
    const read = await asColleague('GET', `/api/scenarios/${secret.id}`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('SCENARIO_NOT_FOUND');
    expect((await asColleague('POST', `/api/scenarios/${secret.id}/duplicate`, { title: 'Copie', level: '1BPRO3' })).status).toBe(404);
    expect((await asColleague('PUT', `/api/scenarios/${secret.id}`, { ...scenarioForm(), version: 1 })).status).toBe(404);
  });

  it('shows a public scenario to colleagues, who duplicate it as their own private copy on another level', async () => {
    const { author, colleague, asAuthor, asColleague } = await teachingSpace(stack.url);
    const shared = (
      await asAuthor(
        'POST',
        '/api/scenarios',
        scenarioForm({ title: 'Scénario partagé', visibility: 'public', qualifiers: { 'ga.1.1.1': [situationQualifier] } }),
      )
    ).body;
    await tick();
    const own = (await asColleague('POST', '/api/scenarios', scenarioForm({ title: 'Le mien' }))).body;

    const list = await asColleague('GET', '/api/scenarios?level=1BPRO3');
    expect(list.body.scenarios.map((s: { id: string; mine: boolean }) => [s.id, s.mine])).toEqual([
      [own.id, true],
      [shared.id, false],
    ]);
    const read = await asColleague('GET', `/api/scenarios/${shared.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ title: 'Scénario partagé', mine: false, authorId: author.user.userId });

    const copy = await asColleague('POST', `/api/scenarios/${shared.id}/duplicate`, { title: 'Scénario partagé, version terminale', level: '3BPRO3' });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      title: 'Scénario partagé, version terminale',
      level: '3BPRO3',
      visibility: 'private',
      authorId: colleague.user.userId,
      mine: true,
      version: 1,
      items: shared.items,
      qualifiers: shared.qualifiers,
      context: shared.context,
    });
    expect(copy.body.id).not.toBe(shared.id);
    // The copy is the colleague's: private to them, editable by them.
    expect((await asAuthor('GET', `/api/scenarios/${copy.body.id}`)).status).toBe(404);
    expect((await asColleague('PUT', `/api/scenarios/${copy.body.id}`, { ...scenarioForm({ title: 'Ma version' }), version: 1 })).status).toBe(200);
    expect((await asAuthor('GET', `/api/scenarios/${shared.id}`)).body).toMatchObject({ title: 'Scénario partagé', level: '1BPRO3', version: 1 });
  });

  it('lets only the author modify or delete a scenario', async () => {
    const { asAuthor, asColleague } = await teachingSpace(stack.url);
    const shared = (await asAuthor('POST', '/api/scenarios', scenarioForm({ visibility: 'public' }))).body;

    const edit = await asColleague('PUT', `/api/scenarios/${shared.id}`, { ...scenarioForm({ title: 'Pris par un collègue' }), version: 1 });
    expect(edit.status).toBe(403);
    expect(edit.body.error).toEqual({ code: 'SCENARIO_NOT_AUTHOR', message: 'Seul l’auteur peut modifier ce scénario.' });
    const removal = await asColleague('DELETE', `/api/scenarios/${shared.id}`);
    expect(removal.status).toBe(403);
    expect(removal.body.error).toEqual({ code: 'SCENARIO_DELETE_NOT_AUTHOR', message: 'Seul l’auteur peut supprimer ce scénario.' });

    expect((await asAuthor('GET', `/api/scenarios/${shared.id}`)).body).toMatchObject({ title: shared.title, version: 1 });
  });

  it('refuses an edit made from a stale copy instead of overwriting the newer one', async () => {
    const { asAuthor } = await teachingSpace(stack.url);
    const scenario = (await asAuthor('POST', '/api/scenarios', scenarioForm())).body;

    const first = await asAuthor('PUT', `/api/scenarios/${scenario.id}`, { ...scenarioForm({ title: 'Dans le premier onglet' }), version: 1 });
    expect(first.status).toBe(200);
    const second = await asAuthor('PUT', `/api/scenarios/${scenario.id}`, { ...scenarioForm({ title: 'Dans le second onglet' }), version: 1 });

    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('SCENARIO_CHANGED');
    expect(second.body.error.message).toContain('modifié entre-temps');
    expect((await asAuthor('GET', `/api/scenarios/${scenario.id}`)).body).toMatchObject({ title: 'Dans le premier onglet', version: 2 });
  });

  it('refuses learners and administrators', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const shared = (await asAuthor('POST', '/api/scenarios', scenarioForm({ visibility: 'public' }))).body;
    for (const profile of ['apprenant', 'admin'] as const) {
      const asOther = caller(await newMember(stack.url, uai, profile));
      for (const answer of [
        await asOther('GET', '/api/scenarios'),
        await asOther('GET', `/api/scenarios/${shared.id}`),
        await asOther('POST', '/api/scenarios', scenarioForm()),
      ]) {
        expect(answer.status).toBe(403);
        expect(answer.body.error.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('Gestion des scénarios: what is refused', () => {
  const refusals: [string, Record<string, unknown>, string, ErrorCode][] = [
    [
      'an unknown item',
      { items: ['ga.1.1.1', 'ga.9.9.9'] },
      'Ces items n’existent pas dans le référentiel du Bac Pro Gestion-Administration : ga.9.9.9.',
      'ITEMS_UNKNOWN',
    ],
    [
      'an item of another diploma',
      { items: ['transport.G1C1.1'] },
      'Ces items appartiennent au référentiel d’un autre diplôme que le Bac Pro Gestion-Administration : transport.G1C1.1.',
      'ITEMS_OF_OTHER_DIPLOMA',
    ],
    [
      'a node that is not evaluated',
      { items: ['ga.1.1'] },
      'ne sont pas des items évaluables (choisissez les compétences au bout de l’arbre) : ga.1.1.',
      'ITEMS_NOT_EVALUABLE',
    ],
    ['the same item twice', { items: ['ga.1.1.1', 'ga.1.1.1'] }, 'Un item est choisi deux fois.', 'VALIDATION_FAILED'],
    [
      'a link that is not a web address',
      { links: ['javascript:alert(1)'] },
      'Le lien « javascript:alert(1) » doit être une adresse commençant par http:// ou https://.',
      'VALIDATION_FAILED',
    ],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'Le titre ne doit pas dépasser 200 caractères.', 'VALIDATION_FAILED'],
    ['an empty title', { title: '   ' }, 'Le titre est obligatoire.', 'VALIDATION_FAILED'],
    ['an unknown level', { level: '4BPRO3' }, 'Choisissez un niveau : 1BPRO3, 2BPRO3 ou 3BPRO3.', 'VALIDATION_FAILED'],
    [
      'a diploma the teacher does not teach',
      { diploma: 'transport', items: ['transport.G1C1.1'] },
      'Vous n’enseignez dans aucune classe du Bac Pro Transport',
      'SCENARIO_DIPLOMA_NOT_TAUGHT',
    ],
    [
      'a diploma without référentiel',
      { diploma: '2nde-gatl', items: [] },
      'Choisissez un diplôme qui a un référentiel (Bac Pro).',
      'SCENARIO_DIPLOMA_WITHOUT_REFERENTIEL',
    ],
    [
      'a complexité of another situation',
      { qualifiers: { 'ga.1.1.1': ['QUALIFIER_OF_1.1.5'] } },
      'Ces complexités ou aléas ne correspondent pas à l’item 1.1.1',
      'QUALIFIERS_NOT_OF_ITEM',
    ],
    [
      'complexités for an item not chosen',
      { items: ['ga.1.1.2'], qualifiers: { 'ga.1.1.1': ['QUALIFIER_OF_1.1.1'] } },
      'qui n’est pas un item choisi du scénario',
      'QUALIFIERS_OF_UNCHOSEN_ITEM',
    ],
    ['more than 20 links', { links: Array.from({ length: 21 }, (_, index) => `https://exemple.fr/${index}`) }, '20 liens au plus.', 'VALIDATION_FAILED'],
  ];

  for (const [what, fields, message, code] of refusals) {
    it(`refuses ${what}, with a French message, and writes nothing`, async () => {
      const { asAuthor } = await teachingSpace(stack.url);
      const qualifiers = fields.qualifiers as Record<string, string[]> | undefined;
      const resolved = qualifiers
        ? {
            ...fields,
            qualifiers: Object.fromEntries(
              Object.entries(qualifiers).map(([item, ids]) => [
                item,
                ids.map((id) => (id === 'QUALIFIER_OF_1.1.5' ? otherSituationQualifier : situationQualifier)),
              ]),
            ),
          }
        : fields;

      const answer = await asAuthor('POST', '/api/scenarios', scenarioForm(resolved));

      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe(code);
      expect(answer.body.error.message).toContain(message);
      expect((await asAuthor('GET', '/api/scenarios')).body.scenarios).toEqual([]);
    });
  }

  it('refuses a title with a bidirectional override, naming the field, and stores text in NFC', async () => {
    const { asAuthor } = await teachingSpace(stack.url);

    const hostile = await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'Facture \u202Efdp.exe' }));
    expect(hostile.status).toBe(400);
    expect(hostile.body.error.code).toBe('VALIDATION_FAILED');
    expect(hostile.body.error.details).toContainEqual({ field: 'title', message: 'Le titre contient des caractères non autorisés.' });
    const newline = await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'Deux\nlignes' }));
    expect(newline.body.error.details).toContainEqual({ field: 'title', message: 'Le titre contient des caractères non autorisés.' });
    expect((await asAuthor('GET', '/api/scenarios')).body.scenarios).toEqual([]);

    const decomposed = await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'E\u0301nergie', context: 'Premier paragraphe.\n\tSecond paragraphe.' }));
    expect(decomposed.status).toBe(201);
    expect(decomposed.body).toMatchObject({ title: '\u00C9nergie', context: 'Premier paragraphe.\n\tSecond paragraphe.' });
  });

  it('refuses an invalid edit and keeps the scenario as it was', async () => {
    const { asAuthor } = await teachingSpace(stack.url);
    const scenario = (await asAuthor('POST', '/api/scenarios', scenarioForm())).body;

    const answer = await asAuthor('PUT', `/api/scenarios/${scenario.id}`, { ...scenarioForm({ items: ['ga.9.9.9'] }), version: 1 });

    expect(answer.status).toBe(400);
    expect((await asAuthor('GET', `/api/scenarios/${scenario.id}`)).body).toMatchObject({ items: ['ga.1.1.1', 'ga.1.1.2'], version: 1 });
  });

  it('lets a teacher without classes yet write for any diploma with a référentiel', async () => {
    const { uai } = await teachingSpace(stack.url);
    const asNewcomer = caller(await newMember(stack.url, uai, 'enseignant'));

    const answer = await asNewcomer('POST', '/api/scenarios', scenarioForm({ diploma: 'transport', items: ['transport.G1C1.1'] }));

    expect(answer.status).toBe(201);
    expect((await asNewcomer('GET', '/api/scenarios')).body.diplomas.map((d: { id: string }) => d.id)).toContain('agora');
  });
});
