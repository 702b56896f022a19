import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { suspendUser } from '#functions/services/utilisateurs/suspend-user.ts';
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

  it('leaves a learner who left only the passport export for 3 months, then nothing', async () => {
    const { uai } = await newEstablishment();
    const learner = await newMember(stack.url, uai, 'apprenant');
    const deps = dependencies();
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await deps.users.save({ ...(await deps.users.get(uai, learner.user.userId))!, leftOn: recent });
    const signIn = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: learner.user.login, password: learner.password } });
    expect(signIn.body.session.user.modules).toEqual(['export-passeport']);

    const longAgo = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    await deps.users.save({ ...(await deps.users.get(uai, learner.user.userId))!, leftOn: longAgo });
    const refused = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: learner.user.login, password: learner.password } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AUTH_ACCOUNT_SUSPENDED');
    expect((await learner.client.call('GET', '/api/compte', { token: signIn.body.session.idToken })).status).toBe(401);
  });
});
