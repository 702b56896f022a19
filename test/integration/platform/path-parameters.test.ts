import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteDef } from '#shared/api/routes.ts';
import { canAccess } from '#shared/domain/modules.ts';
import { PROFILES, type Profile } from '#shared/domain/profiles.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

type Member = Awaited<ReturnType<typeof newMember>>;

/** A well-formed value for each parameter name, so only the one under test is hostile. */
const WELL_FORMED: Record<string, (uai: string) => string> = {
  uai: (uai) => uai,
  id: () => 'inconnu',
  attachmentId: () => 'inconnue',
  importId: () => '20260101T000000Z-absent00',
  userId: () => 'inconnu',
  code: () => 'INCONNUE',
  diploma: () => 'ga',
  kind: () => 'logo',
};

const HOSTILE = {
  'a 2,100-character value (too long for a DynamoDB key)': 'a'.repeat(2_100),
  'a value holding the key separator #': 'INCONNU#v1',
};

const routesWithParameters = (ROUTES as readonly RouteDef[]).filter((route) => route.path.includes('{'));
const names = (route: RouteDef) => [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);

/** The first profile the route lets through: the refusal must come from validation, not the guard. */
function allowedProfile(route: RouteDef): Profile {
  const access = route.access;
  const profile = PROFILES.find((candidate) => access.kind !== 'module' || canAccess(candidate, access.module, access.action));
  if (!profile) throw new Error(`no profile may call ${route.id}`);
  return profile;
}

function pathWith(route: RouteDef, uai: string, name: string, value: string): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, parameter: string) => encodeURIComponent(parameter === name ? value : WELL_FORMED[parameter]!(uai)));
}

describe('path parameters, bounded and checked on every route', () => {
  const members = new Map<Profile, Member>();
  let uai: string;

  beforeAll(async () => {
    ({ uai } = await newEstablishment('Lycée des chemins'));
    for (const profile of new Set(routesWithParameters.map(allowedProfile))) members.set(profile, await newMember(stack.url, uai, profile));
  });

  it('knows a well-formed value for every parameter of the table', () => {
    expect(routesWithParameters.flatMap(names).filter((name) => !WELL_FORMED[name])).toEqual([]);
  });

  for (const route of routesWithParameters) {
    for (const name of names(route)) {
      for (const [what, value] of Object.entries(HOSTILE)) {
        it(`answers 400 to ${route.method} ${route.path} with ${what} as {${name}}`, async () => {
          const member = members.get(allowedProfile(route))!;
          const answer = await member.client.call(route.method, pathWith(route, uai, name, value), { token: member.token });
          expect(answer.status, answer.text).toBe(400);
          expect(answer.body.error.code).toBe('VALIDATION_FAILED');
          expect(answer.body.error.details).toEqual([expect.objectContaining({ field: name })]);
        });
      }
    }
  }

  it('still reaches the use case with a well-formed id that names nothing (404)', async () => {
    const teacher = members.get('enseignant') ?? (await newMember(stack.url, uai, 'enseignant'));
    const answer = await teacher.client.call('GET', '/api/scenarios/inconnu', { token: teacher.token });
    expect(answer.status).toBe(404);
  });

  it('serves a division whose SIECLE code holds a space', async () => {
    const admin = members.get('admin') ?? (await newMember(stack.url, uai, 'admin'));
    const answer = await admin.client.call('GET', `/api/acces-eleves/divisions/${encodeURIComponent('6 B')}`, { token: admin.token });
    expect([200, 404]).toContain(answer.status);
  });
});

describe('query parameters, read by the route’s schema', () => {
  let teacher: Member;

  beforeAll(async () => {
    const { uai } = await newEstablishment('Lycée des requêtes');
    teacher = await newMember(stack.url, uai, 'enseignant');
  });

  it('reads an empty parameter as an absent one', async () => {
    const answer = await teacher.client.call('GET', '/api/scenarios?level=&title=', { token: teacher.token });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.scenarios).toEqual([]);
  });

  it('refuses a malformed school year in French, naming the parameter', async () => {
    const answer = await teacher.client.call('GET', '/api/consultation?year=deux-mille', { token: teacher.token });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'year', message: expect.stringMatching(/^Année scolaire invalide/) }],
    });
  });

  it('refuses a class code too long for a key in the observation grid’s classes', async () => {
    const answer = await teacher.client.call('GET', `/api/scenarios/inconnu/grille.xlsx?divisions=1GA1,${'X'.repeat(2_100)}`, { token: teacher.token });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([expect.objectContaining({ field: 'divisions.1', message: 'Code de classe trop long.' })]);
  });
});
