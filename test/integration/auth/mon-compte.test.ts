import { beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '#shared/domain/login-throttle.ts';
import { ERRORS } from '#shared/api/errors.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { useStack } from '../support/stack.ts';
import { clearOfWindowEnd } from '../support/throttle-window.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();
// Tests here count failures up to a limit: none may straddle the end of a counting window.
beforeEach(() => clearOfWindowEnd());

describe('Mon compte', () => {
  it('changes the email address, checked and normalised', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    const invalid = await member.client.call('PUT', '/api/compte/email', { token: member.token, body: { email: 'pas-une-adresse' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details[0]).toMatchObject({ field: 'email', message: 'Adresse électronique invalide.' });

    const changed = await member.client.call('PUT', '/api/compte/email', { token: member.token, body: { email: ' Camille.Test@Example.FR ' } });
    expect(changed.status).toBe(200);
    expect(changed.body.email).toBe('camille.test@example.fr');
    const me = await member.client.call('GET', '/api/compte', { token: member.token });
    expect(me.body.email).toBe('camille.test@example.fr');
  });

  it('changes the password only with the current one, and the new one works at the next sign-in', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'apprenant');
    const wrongCurrent = await member.client.call('PUT', '/api/compte/password', {
      token: member.token,
      body: { currentPassword: 'pas-le-bon', newPassword: 'encore-nouveau' },
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.code).toBe('AUTH_WRONG_CURRENT_PASSWORD');

    const tooShort = await member.client.call('PUT', '/api/compte/password', {
      token: member.token,
      body: { currentPassword: member.password, newPassword: '12345' },
    });
    expect(tooShort.body.error.code).toBe('PASSWORD_POLICY');

    const changed = await member.client.call('PUT', '/api/compte/password', {
      token: member.token,
      body: { currentPassword: member.password, newPassword: 'encore-nouveau' },
    });
    expect(changed.status).toBe(200);
    const oldOne = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } });
    expect(oldOne.status).toBe(401);
    const newOne = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: 'encore-nouveau' } });
    expect(newOne.body.status).toBe('signed-in');
  });

  it('counts wrong current passwords like failed sign-ins, and then refuses even the right one with AUTH_THROTTLED', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    const change = (currentPassword: string) =>
      member.client.call('PUT', '/api/compte/password', { token: member.token, body: { currentPassword, newPassword: 'tout-nouveau-9' } });
    for (let index = 0; index < LOGIN_THROTTLE.maxFailuresPerLoginAtAddress - 1; index += 1) {
      expect((await change(`devine-${index}`)).body.error.code).toBe('AUTH_WRONG_CURRENT_PASSWORD');
    }
    // The sign-in page of the same address shares the count.
    const signIn = await member.client.call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: 'devine-encore' } });
    expect(signIn.status).toBe(401);

    const throttled = await change(member.password);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe('AUTH_THROTTLED');
    const lockedSignIn = await member.client.call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } });
    expect(lockedSignIn.status).toBe(429);
    const elsewhere = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } });
    expect(elsewhere.body.status).toBe('signed-in');
  });

  it('ends the other sessions when the password changes, and keeps this one with a fresh refresh cookie', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    const phone = new Client(stack.url);
    expect((await phone.call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } })).body.status).toBe('signed-in');
    const cookieBefore = member.client.cookie('cerise_refresh');

    const changed = await member.client.call('PUT', '/api/compte/password', {
      token: member.token,
      body: { currentPassword: member.password, newPassword: 'tout-nouveau-9' },
    });
    expect(changed.status).toBe(200);

    expect((await phone.call('POST', '/api/auth/refresh')).status).toBe(401);
    const cookieAfter = member.client.cookie('cerise_refresh');
    expect(cookieAfter).toBeDefined();
    expect(cookieAfter).not.toBe(cookieBefore);
    const stillHere = await member.client.call('POST', '/api/auth/refresh');
    expect(stillHere.status).toBe(200);
    expect(stillHere.body.session.user.login).toBe(member.user.login);
    const oldCookie = new Client(stack.url);
    const replayed = await fetch(`${stack.url}/api/auth/refresh`, {
      method: 'POST',
      headers: { cookie: `cerise_refresh=${cookieBefore}`, 'x-viewer-address': oldCookie.address },
    });
    expect(replayed.status).toBe(401);
  });

  it('refuses a new password that is the login, the birth date or a common one, each with its own French message', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    const deps = dependencies();
    await deps.users.save({ ...member.user, birthDate: '1980-04-07' });
    const tryNew = (newPassword: string) =>
      member.client.call('PUT', '/api/compte/password', { token: member.token, body: { currentPassword: member.password, newPassword } });

    expect((await tryNew(member.user.login.toUpperCase())).body.error).toEqual({ code: 'PASSWORD_IS_LOGIN', message: ERRORS.PASSWORD_IS_LOGIN.message });
    expect((await tryNew('07/04/1980')).body.error.code).toBe('PASSWORD_IS_BIRTH_DATE');
    expect((await tryNew('1980-04-07')).body.error.code).toBe('PASSWORD_IS_BIRTH_DATE');
    expect((await tryNew('azerty')).body.error).toEqual({ code: 'PASSWORD_TOO_COMMON', message: ERRORS.PASSWORD_TOO_COMMON.message });
    expect((await tryNew('motdepasse')).body.error.code).toBe('PASSWORD_TOO_COMMON');
    expect((await tryNew('mot de\tpasse')).body.error.code).toBe('PASSWORD_CONTROL_CHARACTER');

    const signIn = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } });
    expect(signIn.body.status).toBe('signed-in');
  });
});
