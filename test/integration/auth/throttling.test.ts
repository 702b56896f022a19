import { beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '#shared/domain/login-throttle.ts';
import { useStack } from '../support/stack.ts';
import { clearOfWindowEnd } from '../support/throttle-window.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();
// Tests here count failures up to a limit: none may straddle the end of a counting window.
beforeEach(() => clearOfWindowEnd());

const attempt = (client: Client, uai: string, login: string, password: string) => client.call('POST', '/api/auth/login', { body: { uai, login, password } });

describe('throttling of failed sign-ins', () => {
  it('locks a login at one address after repeated failures, even for the right password', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    const guesser = new Client(stack.url);
    for (let index = 0; index < LOGIN_THROTTLE.maxFailuresPerLoginAtAddress; index += 1) {
      const failed = await attempt(guesser, uai, member.user.login, `mauvais-${index}`);
      expect(failed.status).toBe(401);
    }
    const locked = await attempt(guesser, uai, member.user.login, member.password);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'AUTH_THROTTLED', message: expect.stringMatching(/Réessayez dans \d+ min\./) });

    const otherLogin = await newMember(stack.url, uai, 'enseignant');
    const unaffected = await attempt(guesser, uai, otherLogin.user.login, otherLogin.password);
    expect(unaffected.body.status).toBe('signed-in');
  });

  it('does not lock the rightful user out when the failures come from other addresses', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'enseignant');
    const sprayers = Array.from({ length: 5 }, () => new Client(stack.url));
    for (const sprayer of sprayers) {
      for (let index = 0; index < LOGIN_THROTTLE.maxFailuresPerLoginAtAddress; index += 1) {
        expect((await attempt(sprayer, uai, member.user.login, `devine-${index}`)).status).toBe(401);
      }
    }

    const fromASprayer = await attempt(sprayers[0]!, uai, member.user.login, member.password);
    expect(fromASprayer.status).toBe(429);
    const fromTheirOwnAddress = await attempt(new Client(stack.url), uai, member.user.login, member.password);
    expect(fromTheirOwnAddress.body.status).toBe('signed-in');
  });

  it('locks an address that tries many logins, without locking those logins elsewhere', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'apprenant');
    const attacker = new Client(stack.url);
    for (let index = 0; index < LOGIN_THROTTLE.maxFailuresPerAddress; index += 1) {
      expect((await attempt(attacker, uai, `inconnu.${index}`, 'devine')).status).toBe(401);
    }
    const fromAttacker = await attempt(attacker, uai, member.user.login, member.password);
    expect(fromAttacker.status).toBe(429);
    const fromElsewhere = await attempt(new Client(stack.url), uai, member.user.login, member.password);
    expect(fromElsewhere.body.status).toBe('signed-in');
  });

  it('forgets earlier failures of a login after a successful sign-in', async () => {
    const { uai } = await newEstablishment();
    const member = await newMember(stack.url, uai, 'parent');
    const client = new Client(stack.url);
    for (let round = 0; round < 3; round += 1) {
      for (let index = 0; index < LOGIN_THROTTLE.maxFailuresPerLoginAtAddress - 1; index += 1) {
        expect((await attempt(client, uai, member.user.login, 'faute-de-frappe')).status).toBe(401);
      }
      expect((await attempt(client, uai, member.user.login, member.password)).body.status).toBe('signed-in');
    }
  });
});
