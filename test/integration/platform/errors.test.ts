import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

const noLeak = (text: string) => {
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(text).not.toMatch(/Exception|TypeError|stack/);
};

describe('bad requests get a structured French error and nothing else', () => {
  it('rejects malformed JSON', async () => {
    const answer = await new Client(stack.url).call('POST', '/api/auth/login', {
      rawBody: '{"uai": "0000000X",',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_JSON');
    noLeak(answer.text);
  });

  it('rejects a body that is not JSON', async () => {
    const answer = await new Client(stack.url).call('POST', '/api/auth/login', {
      rawBody: 'uai=0000000X',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(415);
    expect(answer.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects wrong types and missing fields, naming each field in French', async () => {
    const answer = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai: 42, password: ['x'] } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.message).toMatch(/^Certaines informations sont invalides/);
    expect(answer.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['login', 'password', 'uai']);
    for (const detail of answer.body.error.details) expect(detail.message).toMatch(/[a-zéèà]/);
    noLeak(answer.text);
  });

  it('rejects a body over 1 MB, and the gateway one over 10 MB', async () => {
    const big = JSON.stringify({ uai: '0000000X', login: 'admin', password: 'x'.repeat(1024 * 1024) });
    const answer = await new Client(stack.url).call('POST', '/api/auth/login', { rawBody: big, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('BODY_TOO_LARGE');

    const huge = await new Client(stack.url).call('POST', '/api/auth/login', {
      rawBody: Buffer.alloc(11 * 1024 * 1024, 32),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
  });

  it('answers an unknown API route with 404 and an unknown method with 404 as API Gateway does', async () => {
    const client = new Client(stack.url);
    expect((await client.call('GET', '/api/nothing-here')).status).toBe(404);
    expect((await client.call('DELETE', '/api/auth/login')).status).toBe(404);
  });

  it('rejects an invalid establishment update with field details, and changes nothing', async () => {
    const { uai } = await newEstablishment('Lycée intact');
    const admin = await newMember(stack.url, uai, 'admin');
    const answer = await admin.client.call('PUT', '/api/parametres/etablissement', {
      token: admin.token,
      body: { name: '', email: 'nope', address: '', postalCode: '123', city: '', phone: '' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['email', 'name', 'postalCode']);
    const unchanged = await admin.client.call('GET', '/api/parametres/etablissement', { token: admin.token });
    expect(unchanged.body.name).toBe('Lycée intact');
  });
});
