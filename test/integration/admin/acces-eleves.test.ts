import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { adminSpace, division, firstSignIn, learner, signIn, store } from './support.ts';

const stack = useStack();

/** A class of three learners: two with a birth date, one without, and one who left. */
async function classroom() {
  const space = await adminSpace(stack.url);
  const { uai } = space;
  const lea = learner(uai, { firstName: 'Léa', lastName: 'Martin', division: '1GA1', diploma: 'ga', birthDate: '2009-03-14' });
  const hugo = learner(uai, { firstName: 'Hugo', lastName: 'Bernard', division: '1GA1', diploma: 'ga', birthDate: '2008-11-02' });
  const noDate = learner(uai, { firstName: 'Inès', lastName: 'Élie', division: '1GA1', diploma: 'ga', birthDate: null });
  const gone = learner(uai, { firstName: 'Tom', lastName: 'Parti', division: '1GA1', diploma: 'ga', birthDate: '2009-01-01', leftOn: '2026-01-05' });
  const other = learner(uai, { firstName: 'Zoé', lastName: 'Autre', division: '1GA10', diploma: 'ga', birthDate: '2009-06-30' });
  await store(
    [
      division(uai, '1GA10', { label: '1re GA 10' }),
      division(uai, 'GRP-ANG', { kind: 'group' }),
      division(uai, '1GA1', { label: '1re GA 1' }),
      division(uai, '1GA2'),
    ],
    [lea, hugo, noDate, gone, other],
  );
  return { ...space, lea, hugo, noDate, gone, other };
}

describe('Gestion des accès élèves', () => {
  it('lists the classes in natural order with their number of learners, without the groups', async () => {
    const { call } = await classroom();
    const answer = await call('GET', '/api/acces-eleves/divisions');
    expect(answer.status).toBe(200);
    expect(answer.body.divisions).toEqual([
      { code: '1GA1', label: '1re GA 1', learners: 3 },
      { code: '1GA2', label: '1GA2', learners: 0 },
      { code: '1GA10', label: '1re GA 10', learners: 1 },
    ]);
  });

  it('shows a class’s learners with login, birth date and whether they signed in, name-sorted', async () => {
    const { uai, call, lea, hugo, noDate } = await classroom();
    await firstSignIn(stack.url, uai, hugo.login, '02112008', 'mon-secret-1');

    const answer = await call('GET', '/api/acces-eleves/divisions/1GA1');

    expect(answer.status).toBe(200);
    expect(answer.body.division).toEqual({ code: '1GA1', label: '1re GA 1', learners: 3 });
    expect(answer.body.learners).toEqual([
      { userId: hugo.userId, lastName: 'Bernard', firstName: 'Hugo', login: hugo.login, birthDate: '2008-11-02', activated: true },
      { userId: noDate.userId, lastName: 'Élie', firstName: 'Inès', login: noDate.login, birthDate: null, activated: false },
      { userId: lea.userId, lastName: 'Martin', firstName: 'Léa', login: lea.login, birthDate: '2009-03-14', activated: false },
    ]);
    expect((await call('GET', '/api/acces-eleves/divisions/9ZZ9')).status).toBe(404);
    expect((await call('GET', '/api/acces-eleves/divisions/GRP-ANG')).status).toBe(404);
  });

  it('downloads the logins as a spreadsheet with the jjmmaaaa initial passwords', async () => {
    const { call, lea } = await classroom();
    const answer = await call('GET', '/api/acces-eleves/divisions/1GA1/identifiants.xlsx');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ fileName: 'identifiants-1GA1.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(answer.body.contentBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Nom', 'Prénom', 'Identifiant', 'Date de naissance', 'Mot de passe initial', 'Mot de passe déjà changé']);
    expect(sheet.rowCount).toBe(4);
    expect(values(4)).toEqual(['Martin', 'Léa', lea.login, '14/03/2009', '14032009', 'non']);
    // Without a birth date there is no initial password to give.
    expect([4, 5].map((column) => sheet.getRow(3).getCell(column).text)).toEqual(['', '']);
  });

  it('resets ticked learners to their birth date, to change at next sign-in, and names those without one', async () => {
    const { uai, call, lea, hugo, noDate } = await classroom();
    await firstSignIn(stack.url, uai, hugo.login, '02112008', 'mon-secret-1');

    const answer = await call('POST', '/api/acces-eleves/reset', { userIds: [hugo.userId, lea.userId, noDate.userId] });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ reset: 2, withoutBirthDate: [noDate.userId] });
    expect((await signIn(stack.url, uai, hugo.login, 'mon-secret-1')).status).toBe(401);
    expect((await signIn(stack.url, uai, hugo.login, '02112008')).body.status).toBe('new-password-required');
    // A learner who never signed in still has the birth-date password.
    expect((await signIn(stack.url, uai, lea.login, '14032009')).body.status).toBe('new-password-required');
  });

  it('lists the learners imported without a class under « Sans classe », with the same logins file and reset', async () => {
    const { uai, call } = await classroom();
    const noClass = learner(uai, { firstName: 'Yanis', lastName: 'Sansclasse', division: null, groups: ['GRP-ANG'], birthDate: '2008-05-09' });
    const noClassNoDate = learner(uai, { firstName: 'Anna', lastName: 'Aucune', division: null, birthDate: null });
    const noClassGone = learner(uai, { firstName: 'Paul', lastName: 'Parti', division: null, birthDate: '2008-01-01', leftOn: '2026-01-05' });
    await store([], [noClass, noClassNoDate, noClassGone]);
    await firstSignIn(stack.url, uai, noClass.login, '09052008', 'mon-secret-1');

    const list = await call('GET', '/api/acces-eleves/divisions');
    const detail = await call('GET', '/api/acces-eleves/divisions/*');
    const file = await call('GET', '/api/acces-eleves/divisions/*/identifiants.xlsx');
    const reset = await call('POST', '/api/acces-eleves/reset', { userIds: detail.body.learners.map((entry: { userId: string }) => entry.userId) });

    expect(list.body.divisions.at(-1)).toEqual({ code: '*', label: 'Sans classe', learners: 2 });
    expect(detail.status).toBe(200);
    expect(detail.body.division).toEqual({ code: '*', label: 'Sans classe', learners: 2 });
    expect(detail.body.learners).toEqual([
      { userId: noClassNoDate.userId, lastName: 'Aucune', firstName: 'Anna', login: noClassNoDate.login, birthDate: null, activated: false },
      { userId: noClass.userId, lastName: 'Sansclasse', firstName: 'Yanis', login: noClass.login, birthDate: '2008-05-09', activated: true },
    ]);
    expect(file.body.fileName).toBe('identifiants-sans-classe.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.body.contentBase64, 'base64') as never);
    expect(book.worksheets[0]!.name).toBe('Sans classe');
    expect(book.worksheets[0]!.rowCount).toBe(3);
    expect(reset.body).toEqual({ reset: 1, withoutBirthDate: [noClassNoDate.userId] });
    expect((await signIn(stack.url, uai, noClass.login, '09052008')).body.status).toBe('new-password-required');
  });

  it('refuses the whole reset, changing nothing, when one id is not a current learner of the establishment', async () => {
    const { uai, call, hugo, gone, admin } = await classroom();
    const elsewhere = await classroom();
    await firstSignIn(stack.url, uai, hugo.login, '02112008', 'mon-secret-1');

    const answers = await Promise.all([
      call('POST', '/api/acces-eleves/reset', { userIds: [hugo.userId, elsewhere.lea.userId] }),
      call('POST', '/api/acces-eleves/reset', { userIds: [hugo.userId, gone.userId] }),
      call('POST', '/api/acces-eleves/reset', { userIds: [hugo.userId, admin.user.userId] }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
    expect((await signIn(stack.url, uai, hugo.login, 'mon-secret-1')).body.status).toBe('signed-in');
  });
});
