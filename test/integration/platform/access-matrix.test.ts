import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteDef, type RouteId } from '#shared/api/routes.ts';
import { PROFILES, type Profile } from '#shared/domain/profiles.ts';
import { canAccess } from '#shared/domain/modules.ts';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

/**
 * A request for each protected route that passes validation and changes nothing that matters
 * for the other checks. Every protected route must have one: a new route without a sample
 * fails this test, so the walk always covers the whole table.
 */
const SAMPLES: Partial<Record<RouteId, (member: Member) => { path?: string; body?: unknown }>> = {
  'compte.me': () => ({}),
  'compte.change-email': (member) => ({ body: { email: `${member.user.login}@example.fr` } }),
  'compte.change-password': () => ({ body: { currentPassword: 'pas-le-bon', newPassword: 'peu-importe' } }),
  'parametres.get-establishment': () => ({}),
  'parametres.update-establishment': () => ({
    body: { name: 'Lycée des tests', email: 'direction@example.fr', address: '', postalCode: '86000', city: 'Poitiers', phone: '' },
  }),
  'utilisateurs.list': () => ({}),
  'utilisateurs.create': (member) => ({
    body: {
      civility: null,
      firstName: 'Camille',
      lastName: 'Matrice',
      birthDate: null,
      email: `matrice.${member.user.login}@example.fr`,
      divisions: [],
      discipline: null,
      profile: 'lecteur',
    },
  }),
  'utilisateurs.update': () => ({
    path: '/api/utilisateurs/inconnu',
    body: { civility: null, firstName: 'Camille', lastName: 'Matrice', birthDate: null, email: null, divisions: [], discipline: null },
  }),
  'utilisateurs.delete': () => ({ path: '/api/utilisateurs/inconnu' }),
  'utilisateurs.reset-password': () => ({ path: '/api/utilisateurs/inconnu/reset-password' }),
  'acces-eleves.divisions': () => ({}),
  'acces-eleves.division': () => ({ path: '/api/acces-eleves/divisions/INCONNUE' }),
  'acces-eleves.logins-file': () => ({ path: '/api/acces-eleves/divisions/INCONNUE/identifiants.xlsx' }),
  'acces-eleves.reset': () => ({ body: { userIds: ['inconnu'] } }),
  'acces-parents.divisions': () => ({}),
  'acces-parents.division': () => ({ path: '/api/acces-parents/divisions/INCONNUE' }),
  'acces-parents.open': () => ({ path: '/api/acces-parents/divisions/INCONNUE/open', body: { diploma: null } }),
  'acces-parents.reset-password': () => ({ path: '/api/acces-parents/guardians/inconnu/reset-password' }),
  'abonnement.get': () => ({}),
  'referentiels.list': () => ({}),
  'referentiels.get': () => ({ path: '/api/referentiels/ga' }),
  'referentiels.get-complements': () => ({ path: '/api/parametres/referentiels/ga/complements' }),
  'referentiels.update-complements': () => ({
    path: '/api/parametres/referentiels/ga/complements',
    body: { version: null, qualifiers: {}, recommendedActivities: {} },
  }),
  // A 1×1 transparent PNG.
  'parametres.upload-image': () => ({
    path: '/api/parametres/images/logo',
    body: { mediaType: 'image/png', contentBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' },
  }),
  'parametres.delete-image': () => ({ path: '/api/parametres/images/cachet' }),
  'parametres.get-codes': () => ({}),
  'parametres.update-codes': () => ({
    body: {
      degrees: {
        RT: { label: 'Réussite totale', letter: 'A' },
        RP: { label: 'Réussite partielle', letter: 'B' },
        ECA: { label: 'En cours d’acquisition', letter: 'C' },
        TE: { label: 'Trop d’erreurs', letter: 'D' },
      },
      secondColour: 'green',
    },
  }),
  'parametres.get-mask': () => ({ path: '/api/parametres/masques/ga' }),
  'parametres.update-mask': () => ({ path: '/api/parametres/masques/ga', body: { scenario: {}, passport: {} } }),
  'scenarios.list': () => ({ path: '/api/scenarios?level=1BPRO3' }),
  'scenarios.get': () => ({ path: '/api/scenarios/inconnu' }),
  'scenarios.create': () => ({
    body: { diploma: 'ga', level: '1BPRO3', title: 'Matrice', visibility: 'private', context: '', materials: '', links: [], resources: '', items: [] },
  }),
  'scenarios.update': () => ({
    path: '/api/scenarios/inconnu',
    body: {
      diploma: 'ga',
      level: '1BPRO3',
      title: 'Matrice',
      visibility: 'private',
      context: '',
      materials: '',
      links: [],
      resources: '',
      items: [],
      version: 1,
    },
  }),
  'scenarios.delete': () => ({ path: '/api/scenarios/inconnu' }),
  'scenarios.duplicate': () => ({ path: '/api/scenarios/inconnu/duplicate', body: { title: 'Copie', level: '2BPRO3' } }),
  'scenarios.export-docx': () => ({ path: '/api/scenarios/inconnu/export.docx' }),
  'scenarios.grid-divisions': () => ({ path: '/api/scenarios/inconnu/grille/classes' }),
  'scenarios.observation-grid': () => ({ path: '/api/scenarios/inconnu/grille.xlsx?divisions=1GA1' }),
  'scenarios.request-attachment-upload': () => ({ path: '/api/scenarios/inconnu/pieces-jointes', body: { name: 'sujet.pdf', size: 1000 } }),
  'scenarios.download-attachment': () => ({ path: '/api/scenarios/inconnu/pieces-jointes/inconnue' }),
  'scenarios.delete-attachment': () => ({ path: '/api/scenarios/inconnu/pieces-jointes/inconnue' }),
  'evaluations.list': () => ({}),
  'evaluations.learners': () => ({}),
  'evaluations.create': () => ({ body: { title: 'Matrice', date: '2000-01-01', learnerIds: ['inconnu'], diploma: 'ga', level: '1BPRO3', items: [] } }),
  'evaluations.get': () => ({ path: '/api/evaluations/inconnu' }),
  'evaluations.update': () => ({
    path: '/api/evaluations/inconnu',
    body: { title: 'Matrice', date: '2000-01-01', items: [], qualifiers: {}, learnerIds: ['inconnu'], version: 1 },
  }),
  'evaluations.set-visibility': () => ({ path: '/api/evaluations/inconnu/visibility', body: { visible: true, version: 1 } }),
  'evaluations.delete': () => ({ path: '/api/evaluations/inconnu' }),
  'evaluations.save-cell': () => ({
    path: '/api/evaluations/inconnu/cells',
    body: { learnerId: 'inconnu', itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null },
  }),
  'evaluations.save-comment': () => ({ path: '/api/evaluations/inconnu/comments', body: { learnerId: 'inconnu', text: 'Bien', expectedVersion: null } }),
  'evaluations.fill': () => ({ path: '/api/evaluations/inconnu/fill', body: { code: 'RT' } }),
  'evaluations.blank-sheet': () => ({ path: '/api/evaluations/inconnu/feuille.xlsx' }),
  'evaluations.mine': () => ({ path: '/api/mes-evaluations?title=bilan' }),
  'evaluations.mine-get': () => ({ path: '/api/mes-evaluations/inconnu' }),
  'consultation.list': () => ({ path: '/api/consultation?year=2020' }),
  'consultation.get': () => ({ path: '/api/consultation/inconnu' }),
  'consultation.set-visibility': () => ({ path: '/api/consultation/inconnu/visibility', body: { visible: true, version: 1 } }),
  'import.list': () => ({}),
  'import.start': () => ({ body: { files: [{ slot: 'sts', fileName: 'sts_emp.xml', size: 1000 }] } }),
  'import.get': () => ({ path: '/api/imports/20260101T000000Z-absent00' }),
  'import.confirm': () => ({ path: '/api/imports/20260101T000000Z-absent00/confirm' }),
  'import.result-file': () => ({ path: '/api/imports/20260101T000000Z-absent00/result.xlsx' }),
};

type Member = Awaited<ReturnType<typeof newMember>>;
const protectedRoutes = (ROUTES as readonly RouteDef[]).filter((route) => route.access.kind !== 'public');

function expectedToPass(route: RouteDef, profile: Profile): boolean {
  return route.access.kind === 'authenticated' || (route.access.kind === 'module' && canAccess(profile, route.access.module, route.access.action));
}

describe('the profile × module table, enforced on every route', () => {
  const members = new Map<Profile, Member>();
  let other: Member;

  beforeAll(async () => {
    const { uai } = await newEstablishment('Lycée A');
    for (const profile of PROFILES) members.set(profile, await newMember(stack.url, uai, profile));
    const b = await newEstablishment('Lycée B');
    other = await newMember(stack.url, b.uai, 'admin');
  });

  it('has a sample request for every protected route', () => {
    expect(protectedRoutes.filter((route) => !SAMPLES[route.id as RouteId]).map((route) => route.id)).toEqual([]);
  });

  for (const route of protectedRoutes) {
    for (const profile of PROFILES) {
      const allowed = expectedToPass(route, profile);
      it(`${allowed ? 'lets' : 'refuses'} ${profile} ${route.method} ${route.path}`, async () => {
        const member = members.get(profile)!;
        const sample = SAMPLES[route.id as RouteId]!(member);
        const answer = await member.client.call(route.method, sample.path ?? route.path, { token: member.token, body: sample.body });
        if (allowed) {
          expect([401, 403]).not.toContain(answer.status);
        } else {
          expect(answer.status).toBe(403);
          expect(answer.body.error).toEqual({ code: 'FORBIDDEN', message: 'Votre profil ne donne pas accès à cette fonction.' });
        }
      });
    }

    it(`refuses ${route.method} ${route.path} without a token`, async () => {
      const sample = SAMPLES[route.id as RouteId]!(members.get('admin')!);
      const answer = await new Client(stack.url).call(route.method, sample.path ?? route.path, { body: sample.body });
      expect(answer.status).toBe(401);
    });
  }

  it('never lets a token of another establishment reach this one', async () => {
    const mine = members.get('admin')!;
    const theirs = await other.client.call('GET', '/api/parametres/etablissement', { token: other.token });
    expect(theirs.body.name).toBe('Lycée B');
    const ours = await mine.client.call('GET', '/api/parametres/etablissement', { token: mine.token });
    expect(ours.body.uai).toBe(mine.user.uai);
    expect(theirs.body.uai).not.toBe(mine.user.uai);
    const login = await other.client.call('POST', '/api/auth/login', { body: { uai: mine.user.uai, login: other.user.login, password: other.password } });
    expect(login.status).toBe(401);
  });
});
