import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '#functions/platform/request.ts';

const event = (headers: Record<string, string>) => ({ headers, requestContext: { http: { sourceIp: '198.51.100.9' } } }) as unknown as APIGatewayProxyEventV2;

describe('the client address used for sign-in throttling', () => {
  const secret = 'k2Jd8s0PqW';

  it('trusts the viewer address CloudFront stamped when the request carries CloudFront’s secret', () => {
    expect(clientAddress(event({ 'x-viewer-address': '203.0.113.7', 'x-origin-verify': secret }), secret)).toBe('203.0.113.7');
  });

  it('ignores a viewer address sent straight to the API endpoint, without or with a wrong secret', () => {
    expect(clientAddress(event({ 'x-viewer-address': '203.0.113.7' }), secret)).toBe('198.51.100.9');
    expect(clientAddress(event({ 'x-viewer-address': '203.0.113.7', 'x-origin-verify': 'k2Jd8s0PqX' }), secret)).toBe('198.51.100.9');
    expect(clientAddress(event({ 'x-viewer-address': '203.0.113.7', 'x-origin-verify': `${secret}0` }), secret)).toBe('198.51.100.9');
  });

  it('trusts the header locally, where the gateway stands in for CloudFront and no secret is set', () => {
    expect(clientAddress(event({ 'x-viewer-address': '2001:db8::1' }), '')).toBe('2001:db8::1');
  });

  it('falls back to the connection’s address when the header is not an address', () => {
    expect(clientAddress(event({ 'x-viewer-address': 'anything; DROP', 'x-origin-verify': secret }), secret)).toBe('198.51.100.9');
    expect(clientAddress(event({}), '')).toBe('198.51.100.9');
  });
});
