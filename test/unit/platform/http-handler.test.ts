import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { AppError } from '#shared/api/errors.ts';
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
});
