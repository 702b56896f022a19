import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERRORS } from '#shared/api/errors.ts';
import { LOGIN_THROTTLE } from '#shared/domain/login-throttle.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { useStack } from '../support/stack.ts';
import { clearOfWindowEnd } from '../support/throttle-window.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();
// Tests here count failures up to a limit: none may straddle the end of a counting window.
beforeEach(() => clearOfWindowEnd());

describe('signing in at /<UAI>', () => {
  let establishment: Awaited<ReturnType<typeof newEstablishment>>;
  beforeAll(async () => {
    establishment = await newEstablishment('Lycée Jean Moulin');
  });

  it('shows the establishment name for the login page and refuses an unknown UAI in French', async () => {
    const client = new Client(stack.url);
    const known = await client.call('GET', `/api/auth/establishments/${establishment.uai.toLowerCase()}`);
    expect(known.status).toBe(200);
    expect(known.body).toEqual({ uai: establishment.uai, name: 'Lycée Jean Moulin' });

    const unknown = await client.call('GET', '/api/auth/establishments/9999999Z');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ESTABLISHMENT_UNKNOWN');
    expect(unknown.body.error.message).toMatch(/Aucun établissement/);

    const malformed = await client.call('GET', '/api/auth/establishments/nope');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('asks for a new password at the first sign-in, then opens the session', async () => {
    const client = new Client(stack.url);
    const first = await client.call('POST', '/api/auth/login', {
      body: { uai: establishment.uai, login: 'ADMIN', password: establishment.temporaryPassword },
    });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('new-password-required');
    expect(client.cookie('cerise_refresh')).toBeUndefined();

    const tooShort = await client.call('POST', '/api/auth/new-password', {
      body: { uai: establishment.uai, login: 'admin', challenge: first.body.challenge, newPassword: 'abc' },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error).toMatchObject({ code: 'PASSWORD_POLICY', message: expect.stringMatching(/au moins 6 caractères/) });

    const unchanged = await client.call('POST', '/api/auth/new-password', {
      body: { uai: establishment.uai, login: 'admin', challenge: first.body.challenge, newPassword: establishment.temporaryPassword },
    });
    expect(unchanged.body.error?.code).toBe('PASSWORD_UNCHANGED');

    const done = await client.call('POST', '/api/auth/new-password', {
      body: { uai: establishment.uai, login: 'admin', challenge: first.body.challenge, newPassword: 'nouveau-secret' },
    });
    expect(done.status).toBe(200);
    expect(done.body.session.user).toMatchObject({ uai: establishment.uai, login: 'admin', profile: 'admin', establishmentName: 'Lycée Jean Moulin' });
    expect(done.body.session.user.modules).toEqual(['import', 'abonnement', 'utilisateurs', 'acces-eleves', 'acces-parents', 'parametres']);
    expect(done.body.session.expiresIn).toBeLessThanOrEqual(15 * 60);
    const setCookie = done.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/cerise_refresh=.+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict/);

    const again = await new Client(stack.url).call('POST', '/api/auth/login', {
      body: { uai: establishment.uai, login: 'admin', password: 'nouveau-secret' },
    });
    expect(again.body.status).toBe('signed-in');
    const temporaryNoLonger = await new Client(stack.url).call('POST', '/api/auth/login', {
      body: { uai: establishment.uai, login: 'admin', password: establishment.temporaryPassword },
    });
    expect(temporaryNoLonger.status).toBe(401);
  });

  it('answers a wrong password and an unknown login with the same French message', async () => {
    const member = await newMember(stack.url, establishment.uai, 'enseignant');
    const client = new Client(stack.url);
    const wrong = await client.call('POST', '/api/auth/login', { body: { uai: establishment.uai, login: member.user.login, password: 'pas-le-bon' } });
    const unknown = await client.call('POST', '/api/auth/login', { body: { uai: establishment.uai, login: 'personne.inconnue', password: 'pas-le-bon' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toEqual({ code: 'AUTH_INVALID_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
  });

  it('refuses sign-in at an unknown establishment', async () => {
    const answer = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai: '9999999Z', login: 'admin', password: 'whatever' } });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('ESTABLISHMENT_UNKNOWN');
  });

  it('keeps the session across a reload through the refresh cookie, and ends it at logout', async () => {
    const member = await newMember(stack.url, establishment.uai, 'apprenant');
    const refreshed = await member.client.call('POST', '/api/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.session.user).toMatchObject({ login: member.user.login, profile: 'apprenant' });
    const me = await member.client.call('GET', '/api/compte', { token: refreshed.body.session.idToken });
    expect(me.status).toBe(200);

    const out = await member.client.call('POST', '/api/auth/logout');
    expect(out.status).toBe(200);
    expect(member.client.cookie('cerise_refresh')).toBeUndefined();
    const afterLogout = await member.client.call('POST', '/api/auth/refresh');
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a request without a valid token as API Gateway does', async () => {
    const client = new Client(stack.url);
    expect((await client.call('GET', '/api/compte')).status).toBe(401);
    expect((await client.call('GET', '/api/compte', { token: 'not.a.jwt' })).status).toBe(401);
  });

  describe('the password an imported learner chooses at first sign-in', () => {
    async function importedLearner() {
      const learner = newUser({
        uai: establishment.uai,
        login: `hugo.martin.${Date.now()}`,
        profile: 'apprenant',
        firstName: 'Hugo',
        lastName: 'Martin',
        origin: 'import',
        account: 'pending',
        birthDate: '2008-11-02',
      });
      await dependencies().users.create(learner);
      return learner;
    }

    it('may be neither the birth date in another form, nor the login, nor a common password', async () => {
      const learner = await importedLearner();
      const client = new Client(stack.url);
      const first = await client.call('POST', '/api/auth/login', { body: { uai: establishment.uai, login: learner.login, password: '02112008' } });
      expect(first.body.status).toBe('new-password-required');
      const choose = (newPassword: string) =>
        client.call('POST', '/api/auth/new-password', { body: { uai: establishment.uai, login: learner.login, challenge: first.body.challenge, newPassword } });

      expect((await choose('02/11/2008')).body.error).toEqual({ code: 'PASSWORD_IS_BIRTH_DATE', message: ERRORS.PASSWORD_IS_BIRTH_DATE.message });
      expect((await choose('2008-11-02')).body.error.code).toBe('PASSWORD_IS_BIRTH_DATE');
      expect((await choose(learner.login)).body.error.code).toBe('PASSWORD_IS_LOGIN');
      expect((await choose('soleil')).body.error.code).toBe('PASSWORD_TOO_COMMON');
      const done = await choose('cerisier-en-fleur');
      expect(done.status).toBe(200);
      expect(done.body.session.user.login).toBe(learner.login);
    });

    it('cannot be used with a forged challenge to test birth dates faster than sign-ins allow', async () => {
      const learner = await importedLearner();
      const prober = new Client(stack.url);
      const probe = () =>
        prober.call('POST', '/api/auth/new-password', {
          body: { uai: establishment.uai, login: learner.login, challenge: 'forge', newPassword: '02/11/2008' },
        });
      for (let index = 0; index < LOGIN_THROTTLE.maxFailuresPerLoginAtAddress; index += 1) {
        expect((await probe()).status).toBe(400);
      }
      const throttled = await probe();
      expect(throttled.status).toBe(429);
      expect(throttled.body.error.code).toBe('AUTH_THROTTLED');
    });
  });
});
