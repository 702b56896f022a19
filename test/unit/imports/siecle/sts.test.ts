import { describe, expect, it } from 'vitest';
import { codes, errorsOf, fileOf, latin9, fixture, parse } from './support.ts';

const FIXTURE = 'sts_emp_0861234A_2024.xml';
const STS = { expectedKinds: ['sts' as const], today: '2024-10-01' };
const fixtureText = () => new TextDecoder('iso-8859-15').decode(fixture(FIXTURE));
const parseText = (text: string) => parse(latin9(text), FIXTURE, STS);

describe('STS-Web export (sts_emp)', () => {
  it('reads staff with a function, substitutes included, and leaves out people without function', async () => {
    const file = fileOf(await parse(fixture(FIXTURE), FIXTURE, STS), 'sts');

    expect(file.uai).toBe('0861234A');
    expect(file.schoolYear).toBe(2024);
    expect(
      file.staff.map(({ id, type, civility, lastName, firstName, birthDate, function: fonction, substitute }) => ({
        id,
        type,
        civility,
        lastName,
        firstName,
        birthDate,
        fonction,
        substitute,
      })),
    ).toEqual([
      {
        id: '4189',
        type: 'epp',
        civility: 'Mme',
        lastName: 'DUPONT-LEFÈVRE',
        firstName: 'Élodie',
        birthDate: '1980-04-12',
        fonction: 'ENS',
        substitute: false,
      },
      // Empty NOM_USAGE: the birth name.
      { id: '4190', type: 'epp', civility: 'M.', lastName: 'MARTIN', firstName: 'Jean-François', birthDate: '1975-11-30', fonction: 'ENS', substitute: false },
      // CIVILITE 3 (Mlle) is Mme.
      { id: '4191', type: 'epp', civility: 'Mme', lastName: 'BERNARD', firstName: 'Sophie', birthDate: '1970-01-02', fonction: 'DIR', substitute: false },
      { id: '4194', type: 'epp', civility: 'Mme', lastName: 'FAURE', firstName: 'Anne', birthDate: '1979-09-21', fonction: 'DOC', substitute: false },
      // Added by the school: no sex, civility nor birth date.
      { id: '88001', type: 'local', civility: null, lastName: 'CŒURDEROY', firstName: 'Anaïs', birthDate: null, fonction: 'ENS', substitute: false },
      { id: '4195', type: 'epp', civility: 'M.', lastName: "N'DIAYE", firstName: 'Moussa', birthDate: '1990-02-28', fonction: 'ENS', substitute: true },
    ]);
    expect(file.staff.find((person) => person.id === '4190')?.disciplines).toEqual([
      { code: 'L1315', label: 'MATHS SC. PHYS.' },
      { code: 'L1300', label: 'MATHEMATIQUES' },
    ]);
  });

  it('reads divisions with their MEF and services, and groups with their divisions', async () => {
    const file = fileOf(await parse(fixture(FIXTURE), FIXTURE, STS), 'sts');

    expect(file.divisions).toEqual([
      {
        code: '2AGO1',
        label: '2NDE PRO AGORA 1',
        mefCodes: ['24730004310'],
        services: [
          { subjectCode: '061300', courseMode: 'CG', teacherIds: ['4190'] },
          // GARNIER (4192, no function) is taken out; his substitute stays.
          { subjectCode: '316700', courseMode: 'CG', teacherIds: ['4195'] },
          { subjectCode: '020100', courseMode: 'CG', teacherIds: ['4189'] },
        ],
      },
      // 99999 is nobody in the file.
      { code: 'TAGO', label: 'TLE PRO AGORA', mefCodes: ['24730004330'], services: [{ subjectCode: '061300', courseMode: 'CG', teacherIds: ['4190'] }] },
      { code: 'TOTM', label: 'TLE PRO OTM', mefCodes: ['24731114330'], services: [] },
    ]);
    expect(file.groups).toEqual([
      {
        code: '2AGO1_ANG',
        label: '2NDE AGORA ANGLAIS',
        divisionCodes: ['2AGO1'],
        services: [{ subjectCode: '030201', courseMode: 'CG', teacherIds: ['88001'] }],
      },
      {
        code: 'TLE_ANG',
        label: 'TERMINALES ANGLAIS',
        divisionCodes: ['TAGO', 'TOTM'],
        services: [{ subjectCode: '030201', courseMode: 'CG', teacherIds: ['4189', '88001'] }],
      },
    ]);
  });

  it('reads the subjects and MEF of the nomenclatures, keyed by code', async () => {
    const file = fileOf(await parse(fixture(FIXTURE), FIXTURE, STS), 'sts');

    expect(Object.keys(file.subjects).sort()).toEqual(['020100', '030201', '061300', '316700']);
    expect(file.subjects['020100']).toEqual({ code: '020100', managementCode: 'FRANC', shortLabel: 'FRANCAIS', longLabel: 'FRANÇAIS' });
    expect(file.mefs['24730004310']).toEqual({ code: '24730004310', formation: '2NDPRO AGORA', longLabel: '2NDPRO ASSISTANC.GEST.ORGANIS.ACTIVITES' });
    expect(Object.keys(file.mefs)).toHaveLength(3);
  });

  it('warns only about the person without function that a service cites, and about the unknown teacher', async () => {
    const result = await parse(fixture(FIXTURE), FIXTURE, STS);

    expect(result.ok && result.warnings).toEqual([
      {
        code: 'SERVICE_UNKNOWN_TEACHER',
        message: 'Le service MATHEMATIQUES en TAGO cite l’enseignant d’identifiant STS 99999, absent du fichier : cette mention est ignorée.',
      },
      {
        code: 'STAFF_WITHOUT_FUNCTION',
        message:
          'GARNIER Paul (identifiant STS 4192) a des services dans STS (GESTION ADMINISTRATIVE en 2AGO1) mais aucune fonction (congé, départ ?) : il n’est pas importé et ces services lui sont retirés.',
      },
    ]);
  });

  it('takes the UAI from the CODE attribute, case-insensitively', async () => {
    const lower = await parse(fixture(FIXTURE), FIXTURE, { ...STS, expectedUai: '0861234a' });
    const other = await parse(fixture(FIXTURE), FIXTURE, { ...STS, expectedUai: '0140070A' });
    const textOnly = await parseText(fixtureText().replace('<UAJ CODE="0861234A">', '<UAJ>0861234A'));

    expect(lower.ok).toBe(true);
    expect(errorsOf(other)).toEqual([{ code: 'UAI_MISMATCH', message: 'Ce fichier appartient à l’établissement 0861234A et non au vôtre (0140070A).' }]);
    expect(codes(errorsOf(textOnly))).toEqual(['UAI_MISSING']);
  });

  it('refuses staff without name or with an unreadable birth date', async () => {
    const text = fixtureText()
      .replace('<PRENOM>Sophie</PRENOM>', '<PRENOM> </PRENOM>')
      .replace('<DATE_NAISSANCE>1975-11-30</DATE_NAISSANCE>', '<DATE_NAISSANCE>1975-02-30</DATE_NAISSANCE>');

    const errors = errorsOf(await parseText(text));

    expect(errors.map((error) => error.message)).toEqual([
      'La date de naissance de MARTIN Jean-François (identifiant STS 4190) n’est pas une date valide : « 1975-02-30 » (attendu : AAAA-MM-JJ). Corrigez sa fiche, puis exportez à nouveau.',
      'BERNARD (identifiant STS 4191) n’a pas de prénom : complétez sa fiche, puis exportez à nouveau.',
    ]);
  });

  it('refuses a division without code and two structures with one code; drops a link to an unknown division', async () => {
    const noCode = await parseText(fixtureText().replace('<DIVISION CODE="TOTM">', '<DIVISION>'));
    const sameCode = await parseText(fixtureText().replace('<GROUPE CODE="TLE_ANG">', '<GROUPE CODE="TAGO">'));
    const unknown = await parseText(fixtureText().replace('<DIVISION_APPARTENANCE CODE="TOTM"/>', '<DIVISION_APPARTENANCE CODE="TBAC"/>'));

    // TOTM gone, the group's link to it is reported too.
    expect(!noCode.ok && noCode.errors.map((error) => error.message)[0]).toMatch(/^La 3e division du fichier n’a pas de code/);
    expect(errorsOf(sameCode)[0]?.message).toContain('Le code de division ou de groupe TAGO figure deux fois dans le fichier.');
    expect(fileOf(unknown, 'sts').groups[1]?.divisionCodes).toEqual(['TAGO']);
    expect(unknown.ok && unknown.warnings.map((warning) => warning.message)).toContain(
      'Le groupe TLE_ANG est rattaché à la division TBAC, absente du fichier : ce rattachement est ignoré.',
    );
  });

  it('refuses a division or group code that no key can hold: a « # » or more than 40 characters', async () => {
    const withHash = await parseText(fixtureText().replace('<DIVISION CODE="TOTM">', '<DIVISION CODE="TO#TM">'));
    const tooLong = await parseText(fixtureText().replace('<GROUPE CODE="TLE_ANG">', `<GROUPE CODE="${'G'.repeat(41)}">`));

    expect(errorsOf(withHash).map((error) => error.code)).toContain('CODE_INVALID');
    expect(errorsOf(withHash).find((error) => error.code === 'CODE_INVALID')?.message).toMatch(
      /^Le code de division « TO#TM » ne peut pas être importé : il doit compter 40 caractères au plus, sans « # »/,
    );
    expect(errorsOf(tooLong).find((error) => error.code === 'CODE_INVALID')?.message).toMatch(/^Le code de groupe « G{41} » ne peut pas être importé/);
  });

  it('warns about a service whose subject is not in the nomenclatures, and one without subject', async () => {
    const text = fixtureText()
      .replace('<SERVICE CODE_MATIERE="020100" CODE_MOD_COURS="CG">', '<SERVICE CODE_MATIERE="999999" CODE_MOD_COURS="CG">')
      .replace(
        '<SERVICE CODE_MATIERE="030201" CODE_MOD_COURS="CG">\n              <ENSEIGNANTS>\n                <ENSEIGNANT ID="88001" TYPE="local"/>',
        '<SERVICE CODE_MOD_COURS="CG">\n              <ENSEIGNANTS>\n                <ENSEIGNANT ID="88001" TYPE="local"/>',
      );

    const result = await parseText(text);

    expect(fileOf(result, 'sts').divisions[0]?.services[2]).toEqual({ subjectCode: '999999', courseMode: 'CG', teacherIds: ['4189'] });
    expect(fileOf(result, 'sts').groups[0]?.services).toEqual([]);
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual(
      expect.arrayContaining([
        'La matière 999999 du service 999999 en 2AGO1 est absente des nomenclatures du fichier : le service est importé sans libellé de matière.',
        'Un service de 2AGO1_ANG n’indique pas sa matière (CODE_MATIERE) : il est ignoré.',
      ]),
    );
  });

  it('warns when the file comes from a timetable tool rather than from STS-Web', async () => {
    const result = await parseText(fixtureText().replace('<HORODATAGE>', '<APPLICATION_SOURCE>EDT 2024</APPLICATION_SOURCE><HORODATAGE>'));

    expect(result.ok && codes(result.warnings)).toContain('STS_FROM_TIMETABLE_TOOL');
  });

  it('refuses a file in which nobody has a function', async () => {
    const text = fixtureText().replace(/<FONCTION>[A-Z]+<\/FONCTION>/g, '');

    expect(codes(errorsOf(await parseText(text)))).toEqual(['NO_RECORDS']);
  });
});
