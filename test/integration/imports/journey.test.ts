import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { dependencies } from '#functions/platform/dependencies.ts';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { confirmAndWait, importFiles, uploadForAnalysis } from '../support/imports.ts';
import { generateEstablishment, type GeneratedEstablishment } from '#infra/ops/siecle-generator.ts';

const stack = useStack();

describe('an establishment goes from empty to populated from its SIECLE and STS exports', () => {
  let uai: string;
  let admin: Awaited<ReturnType<typeof newMember>>;
  let school: GeneratedEstablishment;

  beforeAll(async () => {
    ({ uai } = await newEstablishment('Lycée professionnel Marcel Pagnol'));
    admin = await newMember(stack.url, uai, 'admin');
    school = generateEstablishment({ uai, learners: 45, teachers: 6, heads: 1, leavers: 2, seed: 7 });
  });

  it('refuses learners before any staff import, and explains why', async () => {
    const run = await uploadForAnalysis(admin.client, admin.token, [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: school.eleves }]);
    expect(run.status).toBe('rejected');
    expect(run.errors[0]).toMatchObject({ code: 'STAFF_FIRST', message: expect.stringMatching(/Importez d’abord le fichier des personnels/) });
    expect(await dependencies().users.listByProfile(uai, ['apprenant'])).toEqual([]);
  });

  it('imports the staff: divisions and groups, teachers with discipline and divisions, heads as chef', async () => {
    const analysed = await uploadForAnalysis(admin.client, admin.token, [{ slot: 'sts', fileName: `sts_emp_${uai}_2026.xml`, bytes: school.sts }]);
    expect(analysed.status).toBe('analysed');
    expect(analysed.analysis?.counts).toMatchObject({ divisionsCreated: school.divisions.length, groupsCreated: school.groups.length, usersCreated: 7 });

    const done = await confirmAndWait(admin.client, admin.token, analysed.importId);
    expect(done.status).toBe('imported');
    expect(done.result?.counts).toMatchObject({
      divisionsCreated: school.divisions.length,
      groupsCreated: school.groups.length,
      usersCreated: 7,
      usersHidden: 0,
    });
    const teacherLines = done.result!.created.filter((line) => line.profile === 'enseignant');
    expect(teacherLines).toHaveLength(6);
    for (const line of teacherLines) {
      expect(line.login).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+\d*$/);
      expect(line.initialPassword).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.divisions?.length).toBeGreaterThan(0);
      expect(line.discipline).toBeTruthy();
    }
    expect(done.result!.created.filter((line) => line.profile === 'chef')).toHaveLength(1);
  });

  it('lets an imported teacher sign in with the birth date aaaa-mm-jj, then asks for a new password', async () => {
    const teacher = (await dependencies().users.listByProfile(uai, ['enseignant']))[0]!;
    expect(teacher.account).toBe('pending');
    const wrong = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: teacher.login, password: '1900-01-01' } });
    expect(wrong.status).toBe(401);
    const first = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: teacher.login, password: teacher.birthDate } });
    expect(first.body.status).toBe('new-password-required');
  });

  it('imports learners and guardians together; leavers are not created', async () => {
    const done = await importFiles(admin.client, admin.token, [
      { slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: school.eleves },
      { slot: 'responsables', fileName: 'ResponsablesAvecAdresses.xml', bytes: school.responsables },
    ]);
    const present = school.learners.filter((learner) => !learner.left).map((learner) => learner.eleveId);
    const expectedGuardians = school.guardians.filter((guardian) => guardian.children.some((child) => present.includes(child)));
    expect(done.result?.counts).toMatchObject({ usersCreated: present.length, guardiansCreated: expectedGuardians.length });

    const learners = await dependencies().users.listByProfile(uai, ['apprenant']);
    expect(learners).toHaveLength(present.length);
    const sibling = learners.find((learner) => learner.externalIds.eleve === school.learners[9]!.eleveId)!;
    expect(sibling.guardianIds).toHaveLength(2);
    const guardians = await dependencies().users.getMany(uai, sibling.guardianIds);
    for (const guardian of guardians) expect(guardian.childIds.length).toBe(2);
    expect(learners.every((learner) => learner.diploma && learner.level)).toBe(true);
  });

  it('lets an imported learner sign in with the birth date jjmmaaaa', async () => {
    const learner = (await dependencies().users.listByProfile(uai, ['apprenant']))[0]!;
    const [year, month, day] = learner.birthDate!.split('-');
    const first = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: learner.login, password: `${day}${month}${year}` } });
    expect(first.body.status).toBe('new-password-required');
  });

  it('re-imports the same files without changing anything, not even a version', async () => {
    const before = await dependencies().users.listByProfile(uai, ['enseignant', 'chef', 'apprenant', 'parent']);
    const staff = await importFiles(admin.client, admin.token, [{ slot: 'sts', fileName: 'sts_emp.xml', bytes: school.sts }]);
    const learners = await importFiles(admin.client, admin.token, [
      { slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: school.eleves },
      { slot: 'responsables', fileName: 'ResponsablesAvecAdresses.xml', bytes: school.responsables },
    ]);
    for (const run of [staff, learners])
      expect(run.result?.counts).toMatchObject({
        divisionsCreated: 0,
        groupsCreated: 0,
        usersCreated: 0,
        usersUpdated: 0,
        usersHidden: 0,
        guardiansCreated: 0,
      });
    const after = await dependencies().users.listByProfile(uai, ['enseignant', 'chef', 'apprenant', 'parent']);
    const versions = (users: typeof before) => new Map(users.map((user) => [user.userId, `${user.version}:${user.login}`]));
    // The teacher and learner who signed in got their account activated: one version each, by sign-in, not by the import.
    expect(versions(after)).toEqual(versions(before));
  });

  it('hides and suspends the staff missing from a new STS file, and keeps everyone else as they were', async () => {
    const leaving = school.staff[0]!;
    const next = generateEstablishment({ uai, learners: 45, teachers: 6, heads: 1, leavers: 2, seed: 7 });
    const text = Buffer.from(next.sts)
      .toString('latin1')
      .replace(new RegExp(`<INDIVIDU ID="${leaving.id}"[\\s\\S]*?</INDIVIDU>`), '');
    const done = await importFiles(admin.client, admin.token, [{ slot: 'sts', fileName: 'sts_emp.xml', bytes: new Uint8Array(Buffer.from(text, 'latin1')) }]);
    expect(done.result?.counts).toMatchObject({ usersHidden: 1, usersCreated: 0 });
    const gone = (await dependencies().users.listByProfile(uai, ['enseignant'])).find((user) => user.externalIds.sts === leaving.id)!;
    expect(gone).toMatchObject({ status: 'suspended', leftOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const signIn = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: gone.login, password: gone.birthDate } });
    expect(signIn.status).toBe(403);
  });

  it('gives the result as a spreadsheet with every login and initial password', async () => {
    const runs = await admin.client.call('GET', '/api/imports', { token: admin.token });
    // Newest first: the oldest learners run is the one that created them.
    const learnersRun = runs.body.runs
      .filter((run: { files: { slot: string }[]; status: string }) => run.status === 'imported' && run.files.some((file) => file.slot === 'eleves'))
      .at(-1);
    const file = await admin.client.call('GET', `/api/imports/${learnersRun.importId}/result.xlsx`, { token: admin.token });
    expect(file.status).toBe(200);
    expect(file.body.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.body.contentBase64, 'base64') as unknown as ArrayBuffer);
    const created = book.getWorksheet('Utilisateurs créés')!;
    expect(created.getRow(1).getCell(3).value).toBe('Identifiant');
    expect(created.rowCount).toBe(1 + 43);
    expect(String(created.getRow(2).getCell(4).value)).toMatch(/^\d{8}$/);
  });
});
