import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ROUTE_PATHS } from '#shared/api/route-paths.ts';
import { ROUTES } from '#shared/api/routes.ts';
import type { ScenarioView } from '#shared/api/schemas/scenarios.ts';
import { ApiError, call, routeUrl, useAuthenticator, type Answer, type CallOptions } from '../../../web/src/lib/api.ts';

describe('building the URL of a route', () => {
  it('puts each path value in its place, encoded', () => {
    expect(routeUrl('scenarios.get', { id: 'a/b c?é' })).toBe('/api/scenarios/a%2Fb%20c%3F%C3%A9');
    expect(routeUrl('scenarios.download-attachment', { id: 's#1', attachmentId: '../x' })).toBe('/api/scenarios/s%231/pieces-jointes/..%2Fx');
  });

  it('answers the bare path of a route without parameters', () => {
    expect(routeUrl('evaluations.list')).toBe('/api/evaluations');
  });

  it('adds the query, encoded, leaving out empty values', () => {
    expect(routeUrl('scenarios.list', {}, { level: '1BPRO3', title: 'Quai & stock' })).toBe('/api/scenarios?level=1BPRO3&title=Quai+%26+stock');
    expect(routeUrl('consultation.list', {}, { year: '', other: undefined, none: null })).toBe('/api/consultation');
    expect(routeUrl('scenarios.observation-grid', { id: 'x' }, { divisions: '1A,2B' })).toBe('/api/scenarios/x/grille.xlsx?divisions=1A%2C2B');
  });

  it('refuses to build a path with a missing value rather than call another route', () => {
    expect(() => routeUrl('scenarios.get', {})).toThrow('scenarios.get: no value for {id}');
    expect(() => routeUrl('scenarios.get', { id: '' })).toThrow(TypeError);
  });
});

describe('the light route table of the SPA', () => {
  it('says the same method, path and public access as the route table, for every route', () => {
    const fromRoutes = Object.fromEntries(
      ROUTES.map((route) => [route.id, { method: route.method, path: route.path, ...(route.access.kind === 'public' ? { public: true } : {}) }]),
    );
    expect(ROUTE_PATHS).toEqual(fromRoutes);
  });
});

describe('calling a route', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const authorization = (index: number) => new Headers(fetchMock.mock.calls[index]![1]!.headers).get('authorization');

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  function signedIn(tokens: (string | null)[]) {
    const expire = vi.fn(async (): Promise<never> => {
      throw new ApiError(401, 'UNAUTHENTICATED', 'expirée');
    });
    useAuthenticator({ token: async () => tokens[0] ?? null, renew: async () => tokens[1] ?? null, expire });
    vi.stubGlobal('fetch', fetchMock);
    return { expire };
  }

  it('sends a public route without a token, with its JSON body', async () => {
    signedIn(['id-token']);
    fetchMock.mockResolvedValueOnce(json(200, { status: 'signed-in' }));

    await call('auth.login', { body: { uai: '0750001A', login: 'ada', password: 'secret' } });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/login');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify({ uai: '0750001A', login: 'ada', password: 'secret' }));
    expect(authorization(0)).toBeNull();
  });

  it('sends the ID token, and on a 401 renews it once and retries', async () => {
    signedIn(['old', 'new']);
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'UNAUTHENTICATED', message: 'Session expirée.' } }));
    fetchMock.mockResolvedValueOnce(json(200, { id: 's1' }));

    const answer = await call('scenarios.get', { path: { id: 's1' } });

    expect(answer).toEqual({ id: 's1' });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/scenarios/s1', '/api/scenarios/s1']);
    expect([authorization(0), authorization(1)]).toEqual(['Bearer old', 'Bearer new']);
  });

  it('ends the session when the renewed token is refused too', async () => {
    const { expire } = signedIn(['old', 'new']);
    fetchMock.mockImplementation(async () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Session expirée.' } }));

    await expect(call('evaluations.list')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(expire).toHaveBeenCalledOnce();
  });

  it('throws the server’s code and French message', async () => {
    signedIn(['token']);
    fetchMock.mockResolvedValueOnce(json(403, { error: { code: 'FORBIDDEN', message: 'Accès refusé.' } }));

    await expect(call('scenarios.delete', { path: { id: 's1' } })).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'Accès refusé.' });
  });
});

describe('the types of a call', () => {
  it('derives path values, body and answer from the route', () => {
    expectTypeOf<CallOptions<'scenarios.download-attachment'>['path']>().toEqualTypeOf<{ id: string; attachmentId: string }>();
    expectTypeOf<Answer<'scenarios.get'>>().toEqualTypeOf<ScenarioView>();
    expectTypeOf<CallOptions<'evaluations.save-comment'>['body']>().toHaveProperty('learnerId');

    // Never run: the compiler checks what a call may take.
    const unused = () => {
      // @ts-expect-error a route with a `{id}` needs it
      void call('scenarios.get');
      // @ts-expect-error the path values are the template's names
      void call('scenarios.get', { path: { scenarioId: 'x' } });
      // @ts-expect-error a route without a body takes none
      void call('scenarios.delete', { path: { id: 'x' }, body: {} });
      // @ts-expect-error a route with a body needs it
      void call('compte.change-password', {});
      // @ts-expect-error an unknown route
      void call('scenarios.nope');
      void call('evaluations.list');
    };
    expect(unused).toBeTypeOf('function');
  });
});
