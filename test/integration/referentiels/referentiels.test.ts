import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

const emptyBody = { version: null, qualifiers: {}, recommendedActivities: {} };

describe('Référentiels', () => {
  it('serves a diploma’s tree, items and qualifiers to a signed-in teacher', async () => {
    const { uai } = await newEstablishment();
    const teacher = await newMember(stack.url, uai, 'enseignant');
    const answer = await teacher.client.call('GET', '/api/referentiels/transport', { token: teacher.token });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ diploma: 'transport', code: 'BACPRO-TRANSPORT', status: 'complete', hasQualifiers: false, attachedDiploma: null });
    expect(answer.body.roots.map((node: { code: string }) => node.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6']);
    expect(
      answer.body.roots.filter((node: { exportedForCertification: boolean }) => node.exportedForCertification).map((node: { code: string }) => node.code),
    ).toEqual(['G2', 'G3', 'G4', 'G6']);

    const agora = await teacher.client.call('GET', '/api/referentiels/agora', { token: teacher.token });
    expect(agora.body.status).toBe('provisional');
    const none = await teacher.client.call('GET', '/api/referentiels/2nde-gatl', { token: teacher.token });
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe('Aucun référentiel ne correspond à ce diplôme.');
  });

  it('lets the administrator add complexités and aléas and recommend BEP activities, seen by teachers of that establishment only', async () => {
    const { uai } = await newEstablishment();
    const admin = await newMember(stack.url, uai, 'admin');
    const teacher = await newMember(stack.url, uai, 'enseignant');
    const before = await admin.client.call('GET', '/api/parametres/referentiels/ga/complements', { token: admin.token });
    expect(before.body).toEqual({ diploma: 'ga', version: null, updatedAt: null, qualifiers: {}, recommendedActivities: {} });

    const saved = await admin.client.call('PUT', '/api/parametres/referentiels/ga/complements', {
      token: admin.token,
      body: {
        version: null,
        qualifiers: {
          'ga.1.2.1': { complexites: [{ id: null, title: '  Courrier abondant  ' }], aleas: [{ id: null, title: 'Machine à affranchir en panne' }] },
          'ga.p2': { complexites: [{ id: null, title: 'Effectif important' }], aleas: [] },
          // Nothing shipped and nothing added: not stored.
          'ga.1.1.2': { complexites: [], aleas: [] },
        },
        recommendedActivities: { 'ga.1.2.1': ['bepmsa.tech.01'] },
      },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.version).toBe(1);
    const line = saved.body.qualifiers['ga.1.2.1'].complexites[0];
    expect(line).toMatchObject({ title: 'Courrier abondant' });
    expect(line.id).toMatch(/^est\.[a-z0-9]{10}$/);
    expect(Object.keys(saved.body.qualifiers)).toEqual(['ga.1.2.1', 'ga.p2']);

    const seen = await teacher.client.call('GET', '/api/referentiels/ga', { token: teacher.token });
    expect(seen.body.qualifiers.filter((q: { targetId: string }) => q.targetId === 'ga.1.2.1')).toEqual([
      { id: line.id, type: 'complexite', targetId: 'ga.1.2.1', title: 'Courrier abondant', origin: 'etablissement' },
      { id: expect.stringMatching(/^est\./), type: 'alea', targetId: 'ga.1.2.1', title: 'Machine à affranchir en panne', origin: 'etablissement' },
    ]);
    expect(seen.body.qualifiers.filter((q: { targetId: string }) => q.targetId === 'ga.p2').map((q: { title: string }) => q.title)).toEqual([
      'Effectif important',
    ]);
    expect(seen.body.qualifiers.filter((q: { targetId: string }) => q.targetId === 'ga.1.1.5')).toHaveLength(4);
    expect(seen.body.recommendedActivities).toEqual({ 'ga.1.2.1': ['bepmsa.tech.01'] });
    expect(seen.body.attachedDiploma).toBe('bep-msa');

    const other = await newEstablishment();
    const stranger = await newMember(stack.url, other.uai, 'enseignant');
    const theirs = await stranger.client.call('GET', '/api/referentiels/ga', { token: stranger.token });
    expect(theirs.body.qualifiers.filter((q: { origin: string }) => q.origin === 'etablissement')).toEqual([]);
    expect(theirs.body.qualifiers).toHaveLength(13);
  });

  it('refuses unknown ids, empty or long texts, in French', async () => {
    const { uai } = await newEstablishment();
    const chef = await newMember(stack.url, uai, 'chef');
    const put = (body: unknown) => chef.client.call('PUT', '/api/parametres/referentiels/ga/complements', { token: chef.token, body });

    const unknownTarget = await put({ ...emptyBody, qualifiers: { 'ga.9.9.9': { complexites: [], aleas: [] } } });
    expect(unknownTarget.status).toBe(400);
    expect(unknownTarget.body.error.details).toEqual([
      { field: 'qualifiers.ga.9.9.9', message: '« ga.9.9.9 » n’est ni un pôle ni une situation du référentiel.' },
    ]);

    const notActivity = await put({ ...emptyBody, recommendedActivities: { 'ga.1.1.1': ['bepmsa.tech.01.c1'] } });
    expect(notActivity.body.error.message).toBe('Certaines informations sont invalides : « bepmsa.tech.01.c1 » n’est pas une activité du BEP MSA.');

    const blank = await put({ ...emptyBody, qualifiers: { 'ga.1.1.2': { complexites: [{ id: null, title: '   ' }], aleas: [] } } });
    expect(blank.body.error.details[0]).toEqual({ field: 'qualifiers.ga.1.1.2.complexites.0.title', message: 'Le libellé est obligatoire.' });
    const long = await put({ ...emptyBody, qualifiers: { 'ga.1.1.2': { complexites: [], aleas: [{ id: null, title: 'x'.repeat(301) }] } } });
    expect(long.body.error.details[0].message).toBe('300 caractères au plus.');

    const forged = await put({ ...emptyBody, qualifiers: { 'ga.1.1.2': { complexites: [{ id: 'ga.q.1.1.1.cx1', title: 'Volé' }], aleas: [] } } });
    expect(forged.body.error.details[0].message).toBe('La ligne « ga.q.1.1.1.cx1 » appartient à une autre liste du référentiel.');

    const transport = await chef.client.call('PUT', '/api/parametres/referentiels/transport/complements', {
      token: chef.token,
      body: { ...emptyBody, recommendedActivities: { 'transport.G1C1.1': ['bepmsa.tech.01'] } },
    });
    expect(transport.body.error.message).toBe('Certaines informations sont invalides : Aucun diplôme n’est rattaché au référentiel Transport.');

    const nothing = await put({ ...emptyBody });
    expect(nothing.status).toBe(200);
    const stored = await chef.client.call('GET', '/api/parametres/referentiels/ga/complements', { token: chef.token });
    expect(stored.body).toMatchObject({ version: 1, qualifiers: {}, recommendedActivities: {} });
  });

  it('rewords and removes shipped lines, and refuses a save based on an old version', async () => {
    const { uai } = await newEstablishment();
    const admin = await newMember(stack.url, uai, 'admin');
    const put = (body: unknown) => admin.client.call('PUT', '/api/parametres/referentiels/ga/complements', { token: admin.token, body });

    const first = await put({
      version: null,
      qualifiers: { 'ga.1.1.1': { complexites: [{ id: 'ga.q.1.1.1.cx2', title: 'Fournisseur qui est aussi client' }], aleas: [] } },
      recommendedActivities: {},
    });
    expect(first.status, first.text).toBe(200);
    const seen = await admin.client.call('GET', '/api/referentiels/ga', { token: admin.token });
    expect(seen.body.qualifiers.filter((q: { targetId: string }) => q.targetId === 'ga.1.1.1')).toEqual([
      { id: 'ga.q.1.1.1.cx2', type: 'complexite', targetId: 'ga.1.1.1', title: 'Fournisseur qui est aussi client', origin: 'etablissement' },
    ]);

    const stale = await put({ version: null, qualifiers: {}, recommendedActivities: {} });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');

    const reset = await put({ version: 1, qualifiers: {}, recommendedActivities: {} });
    expect(reset.body.version).toBe(2);
    const back = await admin.client.call('GET', '/api/referentiels/ga', { token: admin.token });
    expect(back.body.qualifiers.filter((q: { targetId: string }) => q.targetId === 'ga.1.1.1')).toHaveLength(9);
  });

  it('keeps complements away from profiles without Paramètres', async () => {
    const { uai } = await newEstablishment();
    const teacher = await newMember(stack.url, uai, 'enseignant');
    const read = await teacher.client.call('GET', '/api/parametres/referentiels/ga/complements', { token: teacher.token });
    expect(read.status).toBe(403);
    const write = await teacher.client.call('PUT', '/api/parametres/referentiels/ga/complements', { token: teacher.token, body: emptyBody });
    expect(write.status).toBe(403);
  });
});
