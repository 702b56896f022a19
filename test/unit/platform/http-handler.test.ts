import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { AppError } from '#shared/api/errors.ts';
import { opaqueIdSchema } from '#shared/api/schemas/common.ts';
import type { RouteDef } from '#shared/api/routes.ts';
import { httpHandler, type HttpEvent } from '#functions/platform/http.ts';

const route = {
  id: 'test.echo',
  method: 'POST',
  path: '/api/test',
  function: 'auth',
  access: { kind: 'public' },
  body: z.object({ password: z.string(), name: z.string() }),
  response: z.object({ greeting: z.string() }),
} as const satisfies RouteDef;

function event(body: string): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /api/test',
    rawPath: '/api/test',
    rawQueryString: '',
    headers: { 'Content-Type': 'application/json' },
    requestContext: { http: { method: 'POST', path: '/api/test', sourceIp: '192.0.2.1' }, requestId: 'r-1' },
    body,
    isBase64Encoded: false,
  } as unknown as HttpEvent;
}
const context = { awsRequestId: 'req-42' } as Context;

describe('the platform middy stack', () => {
  // The stack reads its configuration (the CloudFront secret) on every request.
  beforeEach(() => {
    vi.stubEnv('TABLE_NAME', 'unit-table');
    vi.stubEnv('ACCOUNTS_PROVIDER', 'local');
    vi.stubEnv('LOCAL_AUTH_DIR', '/nonexistent');
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('answers INTERNAL in French for an unexpected error, logging the stack server-side only, without the password', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const logs: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((line) => (logs.push(String(line)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation((line) => (logs.push(String(line)), true));
    const handler = httpHandler(route, async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    const result = await handler(event(JSON.stringify({ password: 'secret-123', name: 'Alix' })), context);
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body!)).toEqual({ error: { code: 'INTERNAL', message: expect.stringMatching(/Une erreur inattendue/) } });
    expect(result.body).not.toContain('TypeError');
    const written = logs.join('');
    expect(written).toContain('cannot read properties of undefined');
    expect(written).toContain('req-42');
    expect(written).not.toContain('secret-123');
  });

  it('maps an AppError to its status and catalogue message', async () => {
    const handler = httpHandler(route, async () => {
      throw new AppError('CONFLICT');
    });
    const result = await handler(event(JSON.stringify({ password: 'x', name: 'y' })), context);
    expect(result.statusCode).toBe(409);
    expect(JSON.parse(result.body!).error.code).toBe('CONFLICT');
  });

  it('refuses to send a response that breaks its own schema', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const handler = httpHandler(route, async () => ({ greeting: 42 }) as never);
    const result = await handler(event(JSON.stringify({ password: 'x', name: 'y' })), context);
    expect(result.statusCode).toBe(500);
  });

  it('answers JSON with no-store caching', async () => {
    const handler = httpHandler(route, async ({ body }) => ({ greeting: `Bonjour ${body.name}` }));
    const result = await handler(event(JSON.stringify({ password: 'x', name: 'Zoé' })), context);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ greeting: 'Bonjour Zoé' });
    expect(result.headers).toMatchObject({ 'cache-control': 'no-store' });
  });

  describe('path and query', () => {
    const lookup = {
      id: 'test.lookup',
      method: 'GET',
      path: '/api/test/{id}',
      function: 'auth',
      access: { kind: 'public' },
      params: z.object({ id: opaqueIdSchema }),
      query: z.object({
        year: z
          .string()
          .regex(/^\d{4}$/, { message: 'Année invalide.' })
          .transform(Number),
      }),
      response: z.object({ id: z.string(), year: z.number() }),
    } as const satisfies RouteDef;

    const get = (pathParameters: Record<string, string>, queryStringParameters?: Record<string, string>) =>
      ({ ...event(''), routeKey: 'GET /api/test/{id}', headers: {}, body: undefined, pathParameters, queryStringParameters }) as unknown as HttpEvent;

    it('hands the use case the typed output of the route’s path and query schemas', async () => {
      const handler = httpHandler(lookup, async ({ path, query }) => ({ id: path.id, year: query.year }));
      const result = await handler(get({ id: 'abc-1' }, { year: '2025', ignored: 'x' }), context);
      expect(result.statusCode).toBe(200);
      expect(JSON.parse(result.body!)).toEqual({ id: 'abc-1', year: 2025 });
    });

    it('answers 400 VALIDATION_FAILED in French for a malformed id or query, without running the use case', async () => {
      const useCase = vi.fn(async () => ({ id: 'x', year: 1 }));
      const handler = httpHandler(lookup, useCase);
      const tooLong = await handler(get({ id: 'a'.repeat(2_100) }, { year: '2025' }), context);
      expect(tooLong.statusCode).toBe(400);
      expect(JSON.parse(tooLong.body!).error).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'Certaines informations sont invalides : Identifiant trop long.',
        details: [{ field: 'id', message: 'Identifiant trop long.' }],
      });
      const separator = await handler(get({ id: 'a#b' }, { year: '2025' }), context);
      expect(separator.statusCode).toBe(400);
      const badQuery = await handler(get({ id: 'abc' }, { year: 'deux mille' }), context);
      expect(JSON.parse(badQuery.body!).error.details).toEqual([{ field: 'year', message: 'Année invalide.' }]);
      expect(useCase).not.toHaveBeenCalled();
    });

    it('gives a route without a query schema no query at all', async () => {
      const handler = httpHandler(route, async ({ query }) => ({ greeting: JSON.stringify(query) }));
      const result = await handler({ ...event(JSON.stringify({ password: 'x', name: 'y' })), queryStringParameters: { name: 'z' } } as HttpEvent, context);
      expect(JSON.parse(result.body!)).toEqual({ greeting: '{}' });
    });
  });
});
