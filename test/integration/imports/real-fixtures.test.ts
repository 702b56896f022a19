import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { importFiles, uploadForAnalysis } from '../support/imports.ts';
import { generateEstablishment } from '#infra/ops/siecle-generator.ts';
import { siecleFixture, siecleFixtureFor } from '../../support/siecle-fixtures.ts';

const stack = useStack();

/** An establishment whose staff file was imported, as the guide requires before learners. */
async function readyEstablishment() {
  const { uai } = await newEstablishment();
  const admin = await newMember(stack.url, uai, 'admin');
  await importFiles(admin.client, admin.token, [
    { slot: 'sts', fileName: 'sts.xml', bytes: generateEstablishment({ uai, learners: 1, teachers: 1, seed: 9 }).sts },
  ]);
  return { uai, admin };
}

describe('the real SIECLE samples, analysed and imported', () => {
  it.each([
    // file, learners created, divisions created from SIECLE (absent from STS)
    ['pix/siecle-with-two-valid-students.xml', 2, ['4A']],
    ['pix/siecle-with-two-valid-students-and-school-year.xml', 2, ['4A']],
    ['pix/siecle-with-bom.xml', 1, ['4A']],
    ['pix/siecle-with-no-national-student-id.xml', 1, ['4A']],
    // 0005 left in 2019: never created. Two learners have no class (one in « Inactifs »), one only a group.
    ['pix/siecle-with-registrations-no-longer-in-school.xml', 4, ['4e 1']],
    ['dossiersco/eleves_avec_adresse_avec_double_structure.xml', 1, null],
  ] as const)('imports %s with exactly %i learners', async (path, learners, divisions) => {
    const { uai, admin } = await readyEstablishment();
    const done = await importFiles(admin.client, admin.token, [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: siecleFixtureFor(path, uai) }]);
    expect(done.result?.counts).toMatchObject({ usersCreated: learners, usersUpdated: 0, usersHidden: 0, guardiansCreated: 0 });
    if (divisions) expect(done.result?.divisions).toEqual(divisions);
    expect(await dependencies().users.listByProfile(uai, ['apprenant'])).toHaveLength(learners);
  });

  it('shows the learners imported without a class in Gestion des accès élèves, under « Sans classe »', async () => {
    const { uai, admin } = await readyEstablishment();
    await importFiles(admin.client, admin.token, [
      { slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: siecleFixtureFor('pix/siecle-with-registrations-no-longer-in-school.xml', uai) },
    ]);
    const withoutClass = (await dependencies().users.listByProfile(uai, ['apprenant'])).filter((learner) => learner.division === null);

    const list = await admin.client.call('GET', '/api/acces-eleves/divisions', { token: admin.token });
    const detail = await admin.client.call('GET', '/api/acces-eleves/divisions/*', { token: admin.token });

    expect(withoutClass).toHaveLength(3);
    expect(list.body.divisions).toContainEqual({ code: '*', label: 'Sans classe', learners: 3 });
    expect(detail.body.learners.map((learner: { userId: string }) => learner.userId).sort()).toEqual(withoutClass.map((learner) => learner.userId).sort());
  });

  it('imports the real guardians sample (2018+ model) for the learners it names', async () => {
    const { uai, admin } = await readyEstablishment();
    for (const eleveId of ['610305', '610308']) {
      await dependencies().users.create(
        newUser({
          uai,
          login: `eleve.${eleveId}`,
          profile: 'apprenant',
          firstName: 'Élève',
          lastName: eleveId,
          origin: 'import',
          account: 'pending',
          externalIds: { eleve: eleveId },
        }),
      );
    }
    const done = await importFiles(admin.client, admin.token, [
      { slot: 'responsables', fileName: 'ResponsablesAvecAdresses.xml', bytes: siecleFixtureFor('dossiersco/responsables_avec_adresses_simple.xml', uai) },
    ]);
    expect(done.result?.counts).toMatchObject({ guardiansCreated: 3, guardianLinksCreated: 3 });
    const guardians = await dependencies().users.listByProfile(uai, ['parent']);
    // Two persons share one email in this sample: an email is never an identity.
    expect(guardians.filter((guardian) => guardian.email === 'bidulechose@hotmail.fr')).toHaveLength(2);
  });

  it('refuses the samples that cannot be imported, saying why in French', async () => {
    const { uai, admin } = await readyEstablishment();
    for (const path of ['pix/siecle-broken.xml', 'pix/siecle-with-no-uai.xml', 'dossiersco/eleves_avec_adresse_simple.xml']) {
      const run = await uploadForAnalysis(admin.client, admin.token, [
        { slot: 'eleves', fileName: 'eleves.xml', bytes: path.includes('no-uai') ? siecleFixture(path) : siecleFixtureFor(path, uai) },
      ]);
      expect(run.status, path).toBe('rejected');
      expect(run.files[0]!.errors[0]!.message, path).toMatch(/[éèà]/);
    }
    expect(await dependencies().users.listByProfile(uai, ['apprenant'])).toHaveLength(0);
  });
});
