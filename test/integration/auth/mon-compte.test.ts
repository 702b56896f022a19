import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

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

    const tooShort = await member.client.call('PUT', '/api/compte/password', { token: member.token, body: { currentPassword: member.password, newPassword: '12345' } });
    expect(tooShort.body.error.code).toBe('PASSWORD_POLICY');

    const changed = await member.client.call('PUT', '/api/compte/password', { token: member.token, body: { currentPassword: member.password, newPassword: 'encore-nouveau' } });
    expect(changed.status).toBe(200);
    const oldOne = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: member.password } });
    expect(oldOne.status).toBe(401);
    const newOne = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: member.user.login, password: 'encore-nouveau' } });
    expect(newOne.body.status).toBe('signed-in');
  });
});
