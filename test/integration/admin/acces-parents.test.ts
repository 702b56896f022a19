import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { readEmails } from '../../../infra/local/emulators/ses.ts';
import { useStack } from '../support/stack.ts';
import { address, adminSpace, division, firstSignIn, guardian, lastEmailTo, learner, signIn, store } from './support.ts';

const stack = useStack();

/**
 * Class 1GA1 (GA and AGOrA learners, one without a recognised diploma) and class 2TR1. Léa's
 * mother also has Jules in 2TR1: one account for both. Hugo's father has no email.
 */
async function school() {
  const space = await adminSpace(stack.url);
  const { uai } = space;
  const lea = learner(uai, { firstName: 'Léa', lastName: 'Martin', division: '1GA1', diploma: 'ga' });
  const jules = learner(uai, { firstName: 'Jules', lastName: 'Martin', division: '2TR1', diploma: 'transport' });
  const hugo = learner(uai, { firstName: 'Hugo', lastName: 'Bernard', division: '1GA1', diploma: 'agora' });
  const ines = learner(uai, { firstName: 'Inès', lastName: 'Caron', division: '1GA1', diploma: null });
  const mother = guardian(uai, [lea, jules], { firstName: 'Claire', lastName: 'Martin', email: address('claire') });
  const father = guardian(uai, [hugo], { firstName: 'Marc', lastName: 'Bernard', email: null });
  const carer = guardian(uai, [hugo], { firstName: 'Sophie', lastName: 'Bernard', email: address('sophie') });
  const inesMother = guardian(uai, [ines], { firstName: 'Nadia', lastName: 'Caron', email: address('nadia') });
  const departed = guardian(uai, [lea], { firstName: 'Ancien', lastName: 'Tuteur', email: address('ancien'), leftOn: '2026-01-01' });
  await store(
    [division(uai, '1GA1', { diplomas: ['agora', 'ga'] }), division(uai, '2TR1', { diplomas: ['transport'] })],
    [lea, jules, hugo, ines, mother, father, carer, inesMother, departed],
  );
  return { ...space, lea, jules, hugo, ines, mother, father, carer, inesMother, departed };
}

const sentTo = async (to: string | null) => (to ? readEmails(stack.sesEndpoint, { to }) : []);

describe('Gestion des accès parents: the classes', () => {
  it('counts learners, guardians and guardians with an email per class, access not given yet', async () => {
    const { call } = await school();
    const answer = await call('GET', '/api/acces-parents/divisions');
    expect(answer.status).toBe(200);
    expect(answer.body.divisions).toEqual([
      { code: '1GA1', label: '1GA1', learners: 3, guardians: 4, guardiansWithEmail: 3, access: 'none' },
      { code: '2TR1', label: '2TR1', learners: 1, guardians: 1, guardiansWithEmail: 1, access: 'none' },
    ]);
  });

  it('shows a class by diploma, with each learner’s guardians, departed ones left out', async () => {
    const { call, lea, hugo, ines, mother, father, carer, inesMother } = await school();
    const answer = await call('GET', '/api/acces-parents/divisions/1GA1');
    expect(answer.status).toBe(200);
    expect(answer.body.division).toMatchObject({ code: '1GA1', access: 'none', learners: 3, guardians: 4 });
    const shape = answer.body.diplomas.map(
      (group: { diploma: string; label: string; accessGiven: boolean; learners: { userId: string; guardians: { userId: string }[] }[] }) => ({
        diploma: group.diploma,
        label: group.label,
        accessGiven: group.accessGiven,
        learners: group.learners.map((one) => [one.userId, one.guardians.map((g) => g.userId)]),
      }),
    );
    expect(shape).toEqual([
      { diploma: 'ga', label: 'Bac Pro Gestion-Administration', accessGiven: false, learners: [[lea.userId, [mother.userId]]] },
      { diploma: 'agora', label: expect.stringMatching(/AGOrA/), accessGiven: false, learners: [[hugo.userId, [father.userId, carer.userId]]] },
      { diploma: '', label: 'Sans diplôme reconnu', accessGiven: false, learners: [[ines.userId, [inesMother.userId]]] },
    ]);
    expect(answer.body.diplomas[0].learners[0]).toMatchObject({ name: 'MARTIN Léa' });
    expect(answer.body.diplomas[0].learners[0].guardians[0]).toEqual({
      userId: mother.userId,
      name: 'MARTIN Claire',
      email: mother.email,
      login: mother.login,
      accessGiven: false,
    });
    expect((await call('GET', '/api/acces-parents/divisions/9ZZ9')).status).toBe(404);
  });
});

describe('Gestion des accès parents: giving access', () => {
  it('emails working credentials to every guardian of the class with an email, once', async () => {
    const { uai, call, mother, father, carer, inesMother, departed } = await school();

    const opened = await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: null });

    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({ emailed: 3, withoutEmail: 1 });
    const mail = await lastEmailTo(stack.sesEndpoint, mother.email!);
    expect(mail.subject).toBe('Cerise — Accès parents à Cerise');
    expect(mail.text).toContain(`${stack.url}/${uai}`);
    expect(mail.text).toContain('Léa Martin');
    expect(mail.login).toBe(mother.login);
    expect((await signIn(stack.url, uai, mother.login, mail.password)).body.status).toBe('new-password-required');
    expect(await sentTo(carer.email)).toHaveLength(1);
    expect(await sentTo(inesMother.email)).toHaveLength(1);
    expect(await sentTo(departed.email)).toEqual([]);
    expect((await dependencies().users.get(uai, father.userId))?.account).toBe('pending');

    const list = await call('GET', '/api/acces-parents/divisions');
    expect(list.body.divisions[0]).toMatchObject({ code: '1GA1', access: 'given' });
    const detail = await call('GET', '/api/acces-parents/divisions/1GA1');
    expect(detail.body.diplomas.every((group: { accessGiven: boolean }) => group.accessGiven)).toBe(true);
    expect(detail.body.diplomas[1].learners[0].guardians.map((g: { accessGiven: boolean }) => g.accessGiven)).toEqual([false, true]);

    const again = await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: null });
    expect(again.body).toEqual({ emailed: 0, withoutEmail: 1 });
    expect(await sentTo(mother.email)).toHaveLength(1);
  });

  it('gives access for one diploma of a class only', async () => {
    const { uai, call, mother, carer, inesMother } = await school();

    const opened = await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: 'ga' });

    expect(opened.body).toEqual({ emailed: 1, withoutEmail: 0 });
    expect(await sentTo(mother.email)).toHaveLength(1);
    expect(await sentTo(carer.email)).toEqual([]);
    expect(await sentTo(inesMother.email)).toEqual([]);
    const list = await call('GET', '/api/acces-parents/divisions');
    expect(list.body.divisions[0]).toMatchObject({ code: '1GA1', access: 'partial' });
    const detail = await call('GET', '/api/acces-parents/divisions/1GA1');
    expect(detail.body.diplomas.map((group: { diploma: string; accessGiven: boolean }) => [group.diploma, group.accessGiven])).toEqual([
      ['ga', true],
      ['agora', false],
      ['', false],
    ]);
    expect((await dependencies().structure.get(uai, '1GA1'))?.parentAccess).toEqual({ all: false, diplomas: ['ga'] });

    const unknown = await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: 'logistique' });
    expect(unknown.status).toBe(404);
    const withoutDiploma = await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: '' });
    expect(withoutDiploma.status).toBe(400);
  });

  it('gives a guardian of learners in two classes one account and one email', async () => {
    const { uai, call, mother } = await school();

    const first = await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: null });
    const second = await call('POST', '/api/acces-parents/divisions/2TR1/open', { diploma: null });

    expect(first.body.emailed).toBe(3);
    expect(second.body).toEqual({ emailed: 0, withoutEmail: 0 });
    expect(await sentTo(mother.email)).toHaveLength(1);
    const stored = await dependencies().users.get(uai, mother.userId);
    expect(stored).toMatchObject({ login: mother.login, account: 'active' });
    const detail = await call('GET', '/api/acces-parents/divisions/2TR1');
    expect(detail.body.diplomas[0].learners[0].guardians[0]).toMatchObject({ userId: mother.userId, accessGiven: true });
  });
});

describe('Gestion des accès parents: resetting a guardian’s password', () => {
  it('emails a new password to a guardian whose access was given', async () => {
    const { uai, call, mother } = await school();
    await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: null });
    const access = await lastEmailTo(stack.sesEndpoint, mother.email!);
    await firstSignIn(stack.url, uai, mother.login, access.password, 'mon-secret-1');

    const reset = await call('POST', `/api/acces-parents/guardians/${mother.userId}/reset-password`);

    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ emailedTo: mother.email });
    const mail = await lastEmailTo(stack.sesEndpoint, mother.email!);
    expect(mail.subject).toBe('Cerise — Réinitialisation de votre mot de passe');
    expect(mail.login).toBe(mother.login);
    expect((await signIn(stack.url, uai, mother.login, 'mon-secret-1')).status).toBe(401);
    expect((await signIn(stack.url, uai, mother.login, mail.password)).body.status).toBe('new-password-required');
  });

  it('refuses before access is given, without an email, and for anyone who is not a guardian here', async () => {
    const { call, mother, father, lea } = await school();
    const elsewhere = await school();

    const notYet = await call('POST', `/api/acces-parents/guardians/${mother.userId}/reset-password`);
    await call('POST', '/api/acces-parents/divisions/1GA1/open', { diploma: null });
    const noEmail = await call('POST', `/api/acces-parents/guardians/${father.userId}/reset-password`);
    const aLearner = await call('POST', `/api/acces-parents/guardians/${lea.userId}/reset-password`);
    const stranger = await call('POST', `/api/acces-parents/guardians/${elsewhere.mother.userId}/reset-password`);

    expect(notYet.status).toBe(409);
    expect(notYet.body.error.message).toMatch(/L’accès n’a pas encore été donné/);
    expect(noEmail.status).toBe(409);
    expect(noEmail.body.error.message).toMatch(/n’a pas d’adresse électronique/);
    expect([aLearner.status, stranger.status]).toEqual([404, 404]);
    expect(await sentTo(elsewhere.mother.email)).toEqual([]);
  });
});
