import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import type { User } from '#functions/services/ports/users.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { readEmails } from '../../../infra/local/emulators/ses.ts';
import { useStack } from '../support/stack.ts';
import { adminSpace, address, division, firstSignIn, lastEmailTo, learner, signIn, store } from './support.ts';

const stack = useStack();

const newTeacher = (email: string, fields: Record<string, unknown> = {}) => ({
  civility: 'Mme',
  firstName: 'Élodie',
  lastName: 'Durand-Petit',
  birthDate: '1984-05-17',
  email,
  divisions: ['1GA1'],
  discipline: 'Économie-gestion',
  profile: 'enseignant',
  ...fields,
});

/** An imported teacher who never signed in (no provider account yet). */
async function importedTeacher(uai: string, fields: Partial<User> = {}) {
  const user = newUser({
    uai,
    login: `paul.martin.${Date.now() % 100000}`,
    profile: 'enseignant',
    firstName: 'Paul',
    lastName: 'Martin',
    origin: 'import',
    account: 'pending',
    birthDate: '1975-02-03',
    ...fields,
  });
  await dependencies().users.create(user);
  return user;
}

/** An edit form as sent back unchanged for a user without email, classes or profile change. */
const editBody = (fields: Record<string, unknown> = {}) => ({
  civility: null,
  firstName: 'Paul',
  lastName: 'Martin',
  birthDate: '1975-02-03',
  email: null,
  divisions: [],
  discipline: null,
  ...fields,
});

const idTokenClaims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

describe('Gestion des utilisateurs: the list', () => {
  it('lists the staff still in the establishment, name-sorted, with the classes and groups in natural order', async () => {
    const { uai, admin, call } = await adminSpace(stack.url);
    await store(
      [division(uai, '1GA10'), division(uai, 'GRP-ANG', { kind: 'group' }), division(uai, '1GA2'), division(uai, '1GA1')],
      [learner(uai, { firstName: 'Léa', lastName: 'Aubert', division: '1GA1' })],
    );
    const teacher = await importedTeacher(uai, { divisions: ['1GA1'] });
    await importedTeacher(uai, { login: 'parti.ailleurs', firstName: 'Anne', lastName: 'Aaron', leftOn: '2026-01-01', status: 'suspended' });
    await dependencies().users.create(newUser({ uai, login: 'zoe.bernard', profile: 'lecteur', firstName: 'Zoé', lastName: 'Bernard' }));

    const answer = await call('GET', '/api/utilisateurs');

    expect(answer.status).toBe(200);
    // The administrator provisioned with the establishment (login « admin ») is listed too.
    const users = answer.body.users.filter((user: { login: string }) => user.login !== 'admin');
    expect(users.map((user: { lastName: string }) => user.lastName)).toEqual(['Bernard', 'Martin', admin.user.lastName]);
    expect(users[1]).toMatchObject({
      userId: teacher.userId,
      login: teacher.login,
      origin: 'import',
      profile: 'enseignant',
      divisions: ['1GA1'],
      status: 'active',
    });
    expect(answer.body.canCreate).toBe(true);
    expect(answer.body.divisions).toEqual([
      { code: '1GA1', label: '1GA1', kind: 'division' },
      { code: '1GA2', label: '1GA2', kind: 'division' },
      { code: '1GA10', label: '1GA10', kind: 'division' },
      { code: 'GRP-ANG', label: 'GRP-ANG', kind: 'group' },
    ]);
  });
});

describe('Gestion des utilisateurs: creating a user', () => {
  it('creates a teacher with a prenom.nom login and emails working credentials', async () => {
    const { uai, call } = await adminSpace(stack.url, 'Lycée Jean Moulin');
    await store([division(uai, '1GA1')], []);
    const email = address('elodie');

    const created = await call('POST', '/api/utilisateurs', newTeacher(email));

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      login: 'elodie.durand-petit',
      origin: 'manual',
      profile: 'enseignant',
      email,
      divisions: ['1GA1'],
      civility: 'Mme',
      status: 'active',
    });
    const mail = await lastEmailTo(stack.sesEndpoint, email);
    expect(mail.subject).toBe('Cerise — Votre compte Cerise');
    expect(mail.text).toContain(`${stack.url}/${uai}`);
    expect(mail.text).toContain('Lycée Jean Moulin');
    expect(mail.login).toBe('elodie.durand-petit');
    expect(mail.password).toMatch(/^[A-Za-z0-9]{10}$/);
    const first = await signIn(stack.url, uai, mail.login, mail.password);
    expect(first.body.status).toBe('new-password-required');
    const token = await firstSignIn(stack.url, uai, mail.login, mail.password, 'mon-secret-1');
    expect(idTokenClaims(token)).toMatchObject({ 'custom:profile': 'enseignant', 'custom:userId': created.body.userId });
  });

  it('gives a homonym the next free login', async () => {
    const { call } = await adminSpace(stack.url);
    const first = await call('POST', '/api/utilisateurs', newTeacher(address('a'), { divisions: [] }));
    const second = await call('POST', '/api/utilisateurs', newTeacher(address('b'), { divisions: [] }));
    expect([first.body.login, second.body.login]).toEqual(['elodie.durand-petit', 'elodie.durand-petit2']);
  });

  it('refuses to create a user before the establishment has its name and email in Paramètres', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const { name, address: street, postalCode, city, phone, transferDeclarationNumber, transferEnabled } = (await dependencies().establishments.get(uai))!;
    await dependencies().establishments.updateDetails(uai, {
      name,
      email: null,
      address: street,
      postalCode,
      city,
      phone,
      transferDeclarationNumber,
      transferEnabled,
    });

    const list = await call('GET', '/api/utilisateurs');
    const refused = await call('POST', '/api/utilisateurs', newTeacher(address('x'), { divisions: [] }));

    expect(list.body.canCreate).toBe(false);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ESTABLISHMENT_INCOMPLETE');
    expect(refused.body.error.message).toMatch(/nom et l’adresse électronique de l’établissement dans Paramètres/);
  });

  it('refuses a class or group the establishment does not have', async () => {
    const { call } = await adminSpace(stack.url);
    const refused = await call('POST', '/api/utilisateurs', newTeacher(address('x'), { divisions: ['9ZZ9'] }));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'DIVISION_CHOICE_UNKNOWN', message: 'Classe ou groupe inconnu : 9ZZ9.' });
  });
});

describe('Gestion des utilisateurs: editing a user', () => {
  it('changes names, email, classes and discipline, and the signed-in account gets the new email', async () => {
    const { uai, call } = await adminSpace(stack.url);
    await store([division(uai, '1GA1'), division(uai, '2GA1')], []);
    const created = await call('POST', '/api/utilisateurs', newTeacher(address('avant')));
    const mail = await lastEmailTo(stack.sesEndpoint, created.body.email);
    await firstSignIn(stack.url, uai, mail.login, mail.password, 'mon-secret-1');
    const newEmail = address('apres');
    const { version } = (await dependencies().users.get(uai, created.body.userId))!;

    const updated = await call('PUT', `/api/utilisateurs/${created.body.userId}`, {
      ...newTeacher(newEmail, { firstName: 'Élodie-Anne', divisions: ['2GA1', '1GA1', '1GA1'], discipline: 'Lettres' }),
      profile: undefined,
      version,
    });

    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      firstName: 'Élodie-Anne',
      login: 'elodie.durand-petit',
      email: newEmail,
      divisions: ['1GA1', '2GA1'],
      discipline: 'Lettres',
    });
    const session = await signIn(stack.url, uai, 'elodie.durand-petit', 'mon-secret-1');
    expect(idTokenClaims(session.body.session.idToken).email).toBe(newEmail);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const teacher = await importedTeacher(uai);
    const stale = await call('PUT', `/api/utilisateurs/${teacher.userId}`, editBody({ version: 7 }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('refuses to change the profile of an imported user', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const teacher = await importedTeacher(uai);
    const refused = await call('PUT', `/api/utilisateurs/${teacher.userId}`, editBody({ profile: 'chef' }));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Le profil des utilisateurs importés vient de SIECLE et ne peut pas être modifié ici.');
    expect((await dependencies().users.get(uai, teacher.userId))?.profile).toBe('enseignant');
  });

  it('refuses an update made from a stale copy, rather than overwriting a colleague’s', async () => {
    const { call } = await adminSpace(stack.url);
    const created = await call('POST', '/api/utilisateurs', newTeacher(address('v'), { divisions: [] }));
    const first = await call('PUT', `/api/utilisateurs/${created.body.userId}`, {
      ...newTeacher(created.body.email, { divisions: [] }),
      discipline: 'Lettres',
      version: created.body.version,
    });
    expect(first.status).toBe(200);
    const stale = await call('PUT', `/api/utilisateurs/${created.body.userId}`, {
      ...newTeacher(created.body.email, { divisions: [] }),
      discipline: 'Histoire',
      version: created.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('changes the profile of an account in use: the user signs in again with the new profile', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const created = await call('POST', '/api/utilisateurs', newTeacher(address('p'), { divisions: [] }));
    const mail = await lastEmailTo(stack.sesEndpoint, created.body.email);
    await firstSignIn(stack.url, uai, mail.login, mail.password, 'mon-secret-1');
    const changed = await call('PUT', `/api/utilisateurs/${created.body.userId}`, { ...newTeacher(created.body.email, { divisions: [] }), profile: 'lecteur' });
    expect(changed.status).toBe(200);
    expect(changed.body.profile).toBe('lecteur');
    const again = await signIn(stack.url, uai, mail.login, 'mon-secret-1');
    expect(again.body.session.user.profile).toBe('lecteur');
    expect(again.body.session.user.modules).toEqual(['tableau-de-bord', 'tableau-de-bord-classe']);
  });
});

describe('Gestion des utilisateurs: resetting a password', () => {
  it('refuses a user without an email', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const teacher = await importedTeacher(uai);
    const refused = await call('POST', `/api/utilisateurs/${teacher.userId}/reset-password`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Cet utilisateur n’a pas d’adresse électronique : renseignez-la d’abord.');
  });

  it('emails a temporary password that replaces the old one', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const created = await call('POST', '/api/utilisateurs', newTeacher(address('reset'), { divisions: [] }));
    const welcome = await lastEmailTo(stack.sesEndpoint, created.body.email);
    await firstSignIn(stack.url, uai, welcome.login, welcome.password, 'mon-secret-1');

    const reset = await call('POST', `/api/utilisateurs/${created.body.userId}/reset-password`);

    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ emailedTo: created.body.email });
    const mail = await lastEmailTo(stack.sesEndpoint, created.body.email);
    expect(mail.subject).toBe('Cerise — Réinitialisation de votre mot de passe');
    expect(mail.text).toContain(`${stack.url}/${uai}`);
    expect(mail.login).toBe(welcome.login);
    expect(mail.password).not.toBe(welcome.password);
    expect((await signIn(stack.url, uai, mail.login, 'mon-secret-1')).status).toBe(401);
    expect((await signIn(stack.url, uai, mail.login, mail.password)).body.status).toBe('new-password-required');
  });

  it('gives an imported user who never signed in an account with the emailed password', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const teacher = await importedTeacher(uai, { email: address('importe') });
    const reset = await call('POST', `/api/utilisateurs/${teacher.userId}/reset-password`);
    expect(reset.status).toBe(200);
    const mail = await lastEmailTo(stack.sesEndpoint, teacher.email!);
    expect(mail.login).toBe(teacher.login);
    expect((await signIn(stack.url, uai, teacher.login, mail.password)).body.status).toBe('new-password-required');
    expect((await dependencies().users.get(uai, teacher.userId))?.account).toBe('active');
  });
});

describe('Gestion des utilisateurs: deleting a user', () => {
  it('deletes a manual user, whose account stops working, and lets the same person be created again', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const created = await call('POST', '/api/utilisateurs', newTeacher(address('supprime'), { divisions: [] }));
    const mail = await lastEmailTo(stack.sesEndpoint, created.body.email);
    await firstSignIn(stack.url, uai, mail.login, mail.password, 'mon-secret-1');

    const deleted = await call('DELETE', `/api/utilisateurs/${created.body.userId}`);

    expect(deleted.status).toBe(200);
    expect((await call('GET', '/api/utilisateurs')).body.users.map((user: { userId: string }) => user.userId)).not.toContain(created.body.userId);
    expect((await signIn(stack.url, uai, mail.login, 'mon-secret-1')).body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
    // The login and the provider account are gone: the same person gets the same login, afresh.
    const again = await call('POST', '/api/utilisateurs', newTeacher(address('recree'), { divisions: [] }));
    expect(again.body.login).toBe('elodie.durand-petit');
    const welcome = await lastEmailTo(stack.sesEndpoint, again.body.email);
    expect((await signIn(stack.url, uai, welcome.login, welcome.password)).body.status).toBe('new-password-required');
  });

  it('refuses to delete an imported user', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const teacher = await importedTeacher(uai);
    const refused = await call('DELETE', `/api/utilisateurs/${teacher.userId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'Les utilisateurs importés de SIECLE ne peuvent pas être supprimés : ils sont masqués automatiquement quand ils quittent l’établissement.',
    );
    expect(await dependencies().users.get(uai, teacher.userId)).not.toBeNull();
  });

  it('refuses to let the administrator delete themself', async () => {
    const { admin, call } = await adminSpace(stack.url);
    const refused = await call('DELETE', `/api/utilisateurs/${admin.user.userId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Vous ne pouvez pas supprimer votre propre compte.');
  });
});

describe('Gestion des utilisateurs: scope', () => {
  it('answers 404 for a user of another establishment, on every operation', async () => {
    const mine = await adminSpace(stack.url);
    const theirs = await adminSpace(stack.url);
    const stranger = await importedTeacher(theirs.uai, { email: address('autre'), origin: 'manual' });
    const body = editBody({ firstName: 'Pirate' });

    const answers = await Promise.all([
      mine.call('PUT', `/api/utilisateurs/${stranger.userId}`, body),
      mine.call('POST', `/api/utilisateurs/${stranger.userId}/reset-password`),
      mine.call('DELETE', `/api/utilisateurs/${stranger.userId}`),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
    expect((await dependencies().users.get(theirs.uai, stranger.userId))?.firstName).toBe('Paul');
    expect(await readEmails(stack.sesEndpoint, { to: stranger.email! })).toEqual([]);
  });

  it('answers 404 for a learner: this module reaches staff only', async () => {
    const { uai, call } = await adminSpace(stack.url);
    const pupil = learner(uai, { firstName: 'Léa', lastName: 'Aubert', email: address('lea') });
    await store([], [pupil]);
    const answers = await Promise.all([
      call('PUT', `/api/utilisateurs/${pupil.userId}`, editBody()),
      call('POST', `/api/utilisateurs/${pupil.userId}/reset-password`),
      call('DELETE', `/api/utilisateurs/${pupil.userId}`),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
    expect(answers[0]!.body.error.code).toBe('USER_NOT_FOUND');
  });
});
