import { randomUUID } from 'node:crypto';
import type { Profile } from '#shared/domain/profiles.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { provisionEstablishment } from '#functions/services/establishments/provision-establishment.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { Client } from './http.ts';

let counter = 0;

/** A fresh, unique UAI per call, so test files never share an establishment. */
export function uniqueUai(): string {
  counter += 1;
  const digits = `${Date.now() % 1_000_000}${counter}`.padStart(7, '0').slice(-7);
  const letter = String.fromCharCode(65 + Math.floor(Math.random() * 26));
  return `${digits}${letter}`;
}

export async function newEstablishment(name = 'Lycée des tests') {
  const uai = uniqueUai();
  const result = await provisionEstablishment(dependencies(), { uai, name, email: `direction-${uai.toLowerCase()}@example.fr` });
  return result;
}

/**
 * A user of `profile` in `uai` with a confirmed password: created as the import or the
 * administrator will (stored user + account with a temporary password), then signed in
 * through the API once to choose the password, as a real first sign-in does.
 */
export async function newMember(baseUrl: string, uai: string, profile: Profile, password = 'motdepasse-42') {
  const deps = dependencies();
  const user = newUser({ uai, login: `${profile}.${randomUUID().slice(0, 8)}`, profile, firstName: 'Camille', lastName: `Test ${profile}` });

  await deps.users.create(user);
  await deps.accounts.create({ uai, login: user.login, userId: user.userId, profile, email: null, temporaryPassword: 'provisoire-1' });
  const client = new Client(baseUrl);
  const first = await client.call('POST', '/api/auth/login', { body: { uai, login: user.login, password: 'provisoire-1' } });
  const done = await client.call('POST', '/api/auth/new-password', {
    body: { uai, login: user.login, challenge: first.body.challenge, newPassword: password },
  });
  if (done.status !== 200) throw new Error(`could not set up ${profile}: ${done.text}`);
  return { user, password, client, token: done.body.session.idToken as string };
}
