import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { suspendUser } from '#functions/services/users/suspend-user.ts';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

describe('a suspended account', () => {
  it('cannot sign in, loses its open session at once, and cannot refresh', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    expect((await member.client.call('GET', '/api/compte', { token: member.token })).status).toBe(200);

    await suspendUser(dependencies(), member.user);

    const signIn = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } });
    expect(signIn.status).toBe(403);
    expect(signIn.body.error).toMatchObject({ code: 'AUTH_ACCOUNT_SUSPENDED', message: expect.stringMatching(/suspendu/) });

    const wrongPassword = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: 'pas-le-bon' } });
    expect(wrongPassword.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');

    const withOldToken = await member.client.call('GET', '/api/compte', { token: member.token });
    expect(withOldToken.status).toBe(401);
    const refresh = await member.client.call('POST', '/api/auth/refresh');
    expect(refresh.status).toBe(401);
  });
});
