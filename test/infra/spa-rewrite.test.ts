import { describe, expect, it } from 'vitest';
import { SPA_REWRITE_CODE } from '../../infra/aws/spa-rewrite.ts';

interface Request {
  uri: string;
}

// The CloudFront Function is plain JavaScript text; run it here as CloudFront would.
const handler = new Function(`${SPA_REWRITE_CODE}; return handler;`)() as (event: { request: Request }) => Request;
const rewrite = (uri: string) => handler({ request: { uri } }).uri;

describe('SPA rewrite (CloudFront Function)', () => {
  it('answers client-side routes with the SPA shell', () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/0123456A')).toBe('/index.html');
    expect(rewrite('/0123456A/eleves/42')).toBe('/index.html');
    expect(rewrite('/0123456A/parametres/')).toBe('/index.html');
  });

  it('leaves files alone', () => {
    expect(rewrite('/index.html')).toBe('/index.html');
    expect(rewrite('/_app/immutable/entry/start.B3x9.js')).toBe('/_app/immutable/entry/start.B3x9.js');
    expect(rewrite('/favicon.png')).toBe('/favicon.png');
  });
});

describe('viewer address (CloudFront Function on /api/*)', () => {
  it('stamps the viewer IP, overwriting what the client sent', async () => {
    const { VIEWER_ADDRESS_CODE } = await import('../../infra/aws/viewer-address.ts');
    const stamp = new Function(`${VIEWER_ADDRESS_CODE}; return handler;`)() as (event: unknown) => { headers: Record<string, { value: string }> };
    const request = stamp({ viewer: { ip: '203.0.113.7' }, request: { uri: '/api/auth/login', headers: { 'x-viewer-address': { value: '1.2.3.4' } } } });
    expect(request.headers['x-viewer-address']).toEqual({ value: '203.0.113.7' });
  });
});
