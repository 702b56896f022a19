import { describe, expect, it } from 'vitest';
import { codes, eleve, elevesXml, errorsOf, fileOf, fixture, latin9, parse, PIX_UAI, structure } from './support.ts';

const PIX = { expectedUai: PIX_UAI, today: '2019-09-15' };

describe('Learners export (ElevesSansAdresses / ElevesAvecAdresses), real samples', () => {
  it('reads the DossierSCO learner in a class and a group, with this year’s MEF only', async () => {
    const result = await parse(fixture('dossiersco/eleves_avec_adresse_avec_double_structure.xml'), 'ElevesAvecAdresses.xml', {
      expectedUai: '0660864F',
      expectedKinds: ['eleves'],
      today: '2019-09-15',
    });

    const file = fileOf(result, 'eleves');
    expect(file).toEqual({
      kind: 'eleves',
      uai: '0660864F',
      schoolYear: 2019,
      learners: [
        {
          eleveId: '1541944',
          ine: '070876696HA',
          lastName: 'ESCAGLIA',
          firstName: 'Jeanine',
          birthDate: '2002-06-21',
          sex: 'M',
          mefCode: '10310019110',
          email: null,
          leftOn: null,
          division: '301',
          groups: ['_301P1'],
        },
      ],
    });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reads the two Pix learners: usage name first, the class even when the group comes first', async () => {
    const file = fileOf(await parse(fixture('pix/siecle-with-two-valid-students.xml'), 'eleves.xml', PIX), 'eleves');

    expect(file.schoolYear).toBeNull();
    expect(file.learners).toEqual([
      {
        eleveId: '0001',
        ine: '00000000123',
        lastName: 'HANDMADE',
        firstName: 'Luciole',
        birthDate: '1994-12-31',
        sex: 'F',
        mefCode: '123456789',
        email: null,
        leftOn: null,
        division: '4A',
        groups: [],
      },
      {
        eleveId: '0002',
        ine: '00000000124',
        lastName: 'COJAUNE',
        firstName: 'Harry',
        birthDate: '1994-07-01',
        sex: 'M',
        mefCode: '12341234',
        email: null,
        leftOn: null,
        division: '4A',
        groups: ['42'],
      },
    ]);
  });

  it('reads the school year when the file has one', async () => {
    const result = await parse(fixture('pix/siecle-with-two-valid-students-and-school-year.xml'), 'eleves.xml', { ...PIX, today: '2016-11-02' });

    expect(fileOf(result, 'eleves').schoolYear).toBe(2016);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('warns when the file is not of the current school year', async () => {
    const result = await parse(fixture('pix/siecle-with-two-valid-students-and-school-year.xml'), 'eleves.xml', { ...PIX, today: '2019-09-15' });

    expect(result.ok && result.warnings).toEqual([
      {
        code: 'SCHOOL_YEAR_OTHER',
        message: 'Ce fichier concerne l’année scolaire 2016-2017, alors que l’année en cours est 2019-2020 : vérifiez qu’il s’agit du bon export.',
      },
    ]);
  });

  it('keeps departed learners with their leaving date, and warns about current learners without a class', async () => {
    for (const path of ['pix/siecle-with-registrations-no-longer-in-school.xml', 'pix/siecle-with-only-ignored-student.xml']) {
      const result = await parse(fixture(path), 'eleves.xml', PIX);

      const file = fileOf(result, 'eleves');
      expect(
        file.learners.map(({ eleveId, ine, division, groups, leftOn }) => ({ eleveId, ine, division, groups, leftOn })),
        path,
      ).toEqual([
        { eleveId: '0001', ine: '00000000123', division: null, groups: [], leftOn: null },
        // In the `Inactifs` pseudo-division.
        { eleveId: '0002', ine: '00000000124', division: null, groups: [], leftOn: null },
        { eleveId: '0003', ine: null, division: '4e 1', groups: [], leftOn: null },
        // Only a group.
        { eleveId: '0004', ine: '00000000125', division: null, groups: ['4e 1'], leftOn: null },
        { eleveId: '0005', ine: '00000000126', division: '4e 1', groups: [], leftOn: '2019-09-01' },
      ]);
      expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
        'L’élève HANDMADE Luciole (identifiant SIECLE 0001) n’est dans aucune classe dans SIECLE : il est importé sans classe.',
        'L’élève COJAUNE Harry (identifiant SIECLE 0002) est dans la division « Inactifs » de SIECLE : il est importé sans classe.',
        'L’élève FRANGE COLIN (identifiant SIECLE 0004) n’est dans aucune classe dans SIECLE : il est importé sans classe.',
      ]);
    }
  });

  it('warns about a duplicate INE, naming both learners, and ignores last year’s MEF', async () => {
    const result = await parse(fixture('pix/siecle-with-duplicate-national-student-id.xml'), 'eleves.xml', PIX);

    const file = fileOf(result, 'eleves');
    expect(file.learners.map((learner) => [learner.eleveId, learner.ine, learner.mefCode])).toEqual([
      ['0001', '00000000123', null],
      ['0002', '00000000123', '12341234'],
    ]);
    expect(result.ok && result.warnings).toEqual([
      {
        code: 'INE_DUPLICATE',
        message:
          'L’élève HANDMADE Luciole (identifiant SIECLE 0001) et l’élève COJAUNE Harry (identifiant SIECLE 0002) ont le même INE 00000000123 : vérifiez-le dans SIECLE.',
      },
    ]);
  });

  it('reads a learner without INE', async () => {
    const file = fileOf(await parse(fixture('pix/siecle-with-no-national-student-id.xml'), 'eleves.xml', PIX), 'eleves');

    expect(file.learners).toEqual([expect.objectContaining({ eleveId: '0002', ine: null, lastName: 'COJAUNE', division: '4A', groups: ['42'] })]);
  });

  it('refuses the sample without establishment code', async () => {
    expect(errorsOf(await parse(fixture('pix/siecle-with-no-uai.xml'), 'eleves.xml', PIX))).toEqual([
      {
        code: 'UAI_MISSING',
        message:
          'Ce fichier n’indique pas d’établissement (code UAI absent de PARAMETRES) : ce n’est pas un export complet. Exportez-le à nouveau depuis SIECLE ou STS-Web et déposez-le sans l’ouvrir ni le modifier.',
      },
    ]);
  });
});

describe('Learners export, record checks', () => {
  const read = (learners: string[], structures: string[] = [], today = '2024-10-01') =>
    parse(latin9(elevesXml({ learners, structures })), 'ElevesSansAdresses.xml', { today });

  it('falls back to INE_RNIE, then INE_BEA, and to NOM before 2016; normalises names and e-mail', async () => {
    const xml = elevesXml({
      learners: [
        '<ELEVE ELEVE_ID="1"><INE_RNIE>070832327ja</INE_RNIE><NOM>  DE   LA  FONTAINE </NOM><PRENOM>Jean\tBaptiste</PRENOM><MEL> Jean.B@Example.FR </MEL></ELEVE>',
        '<ELEVE ELEVE_ID="2"><ID_NATIONAL></ID_NATIONAL><INE_BEA>0113014881M</INE_BEA><NOM_DE_FAMILLE>MARTIN</NOM_DE_FAMILLE><PRENOM>Léa</PRENOM></ELEVE>',
      ],
      structures: [structure('1', ['2AGO1', 'D']), structure('2', ['2AGO1', 'D'])],
    });

    const file = fileOf(await parse(latin9(xml), 'eleves.xml'), 'eleves');

    expect(file.learners.map(({ ine, lastName, firstName, email, birthDate }) => ({ ine, lastName, firstName, email, birthDate }))).toEqual([
      { ine: '070832327JA', lastName: 'DE LA FONTAINE', firstName: 'Jean Baptiste', email: 'jean.b@example.fr', birthDate: null },
      { ine: '0113014881M', lastName: 'MARTIN', firstName: 'Léa', email: null, birthDate: null },
    ]);
  });

  it('refuses a learner without ELEVE_ID, naming the learner', async () => {
    const errors = errorsOf(await read([eleve({ id: null, last: 'SANSID', first: 'Paul' })]));

    expect(errors).toEqual([
      {
        code: 'ID_MISSING',
        message: expect.stringMatching(/^L’élève SANSID Paul, 1re fiche du fichier, n’a pas d’identifiant \(ELEVE_ID\) : il ne peut pas être importé\./),
      },
    ]);
  });

  it('refuses learners with an empty last or first name', async () => {
    const errors = errorsOf(
      await read(
        [eleve({ id: '7', last: '  ', first: 'Inès' }), eleve({ id: '8', last: 'NOPRENOM', first: '' })],
        [structure('7', ['A', 'D']), structure('8', ['A', 'D'])],
      ),
    );

    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['NAME_MISSING', 'L’élève Inès (identifiant SIECLE 7) n’a pas de nom : complétez sa fiche, puis exportez à nouveau.'],
      ['NAME_MISSING', 'L’élève NOPRENOM (identifiant SIECLE 8) n’a pas de prénom : complétez sa fiche, puis exportez à nouveau.'],
    ]);
  });

  it('refuses dates that do not exist or are not in the SIECLE format, naming field and learner', async () => {
    const errors = errorsOf(
      await read(
        [
          eleve({ id: '1', last: 'MOIS', first: 'Treize', birth: '2005-13-45' }),
          eleve({ id: '2', last: 'FEVRIER', first: 'Trente', birth: '31/02/2005' }),
          eleve({ id: '3', last: 'SORTIE', first: 'Jour', left: '1/9/2024' }),
        ],
        [structure('1', ['A', 'D']), structure('2', ['A', 'D']), structure('3', ['A', 'D'])],
      ),
    );

    expect(errors).toEqual([
      {
        code: 'DATE_INVALID',
        message:
          'La date de naissance de l’élève MOIS Treize (identifiant SIECLE 1) n’est pas une date valide : « 2005-13-45 » (attendu : JJ/MM/AAAA). Corrigez sa fiche, puis exportez à nouveau.',
        detail: '2005-13-45',
      },
      expect.objectContaining({
        code: 'DATE_INVALID',
        message: expect.stringContaining('La date de naissance de l’élève FEVRIER Trente (identifiant SIECLE 2) n’est pas une date valide : « 31/02/2005 »'),
      }),
      expect.objectContaining({ code: 'DATE_INVALID', message: expect.stringContaining('La date de sortie de l’élève SORTIE Jour (identifiant SIECLE 3)') }),
    ]);
  });

  it('accepts real dates, 29 February of a leap year included', async () => {
    const file = fileOf(await read([eleve({ birth: '29/02/2008' })], [structure('1', ['A', 'D'])]), 'eleves');

    expect(file.learners[0]?.birthDate).toBe('2008-02-29');
  });

  it('refuses two learners with the same ELEVE_ID', async () => {
    const errors = errorsOf(
      await read([eleve({ id: '5', last: 'UN', first: 'A' }), eleve({ id: '5', last: 'DEUX', first: 'B' })], [structure('5', ['A', 'D'])]),
    );

    expect(errors).toEqual([
      expect.objectContaining({
        code: 'ID_DUPLICATE',
        message: expect.stringContaining('L’élève UN A (identifiant SIECLE 5) et l’élève DEUX B (identifiant SIECLE 5) portent le même identifiant 5'),
      }),
    ]);
  });

  it('keeps the warnings next to the errors, so one pass in SIECLE fixes everything', async () => {
    const result = await read([eleve({ id: '1', first: '' }), eleve({ id: '2', last: 'SANSCLASSE', first: 'Léo' })]);

    expect(result.ok).toBe(false);
    expect(!result.ok && codes(result.errors)).toEqual(['NAME_MISSING']);
    expect(!result.ok && codes(result.warnings)).toEqual(['LEARNER_WITHOUT_DIVISION']);
  });

  it('warns about a learner without class unless already gone; a future leaving date is not gone', async () => {
    const result = await read(
      [
        eleve({ id: '1', last: 'PARTI', first: 'Hier', left: '30/09/2024' }),
        eleve({ id: '2', last: 'PART', first: 'Demain', left: '15/10/2024' }),
        eleve({ id: '3', last: 'RESTE', first: 'Ici' }),
      ],
      [],
      '2024-10-01',
    );

    expect(fileOf(result, 'eleves').learners.map((learner) => learner.leftOn)).toEqual(['2024-09-30', '2024-10-15', null]);
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      'L’élève PART Demain (identifiant SIECLE 2) n’est dans aucune classe dans SIECLE : il est importé sans classe.',
      'L’élève RESTE Ici (identifiant SIECLE 3) n’est dans aucune classe dans SIECLE : il est importé sans classe.',
    ]);
  });

  it('keeps the first of several classes with a warning, and reports what it cannot place', async () => {
    const result = await read(
      [eleve({ id: '1', last: 'DOUBLE', first: 'Classe' })],
      [
        structure('1', ['G1', 'G'], ['2AGO1', 'D'], ['2AGO2', 'D'], ['', 'D'], ['X', 'Z']),
        structure('404', ['2AGO1', 'D']),
        '<STRUCTURES_ELEVE><STRUCTURE><CODE_STRUCTURE>2AGO1</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>',
      ],
    );

    expect(fileOf(result, 'eleves').learners[0]).toMatchObject({ division: '2AGO1', groups: ['G1'] });
    expect(result.ok && result.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      [
        'STRUCTURE_INCOMPLETE',
        'Une affectation d’un élève non identifié (ELEVE_ID absent) est incomplète (code ou type de structure manquant ou inconnu) : elle est ignorée.',
      ],
      [
        'STRUCTURE_INCOMPLETE',
        'Une affectation de l’élève DOUBLE Classe (identifiant SIECLE 1) est incomplète (code ou type de structure manquant ou inconnu) : elle est ignorée.',
      ],
      ['LEARNER_SEVERAL_DIVISIONS', 'L’élève DOUBLE Classe (identifiant SIECLE 1) est dans plusieurs classes (2AGO1, 2AGO2) : seule 2AGO1 est retenue.'],
      ['STRUCTURE_UNKNOWN_LEARNER', 'L’affectation de l’élève d’identifiant SIECLE 404 (2AGO1) concerne un élève absent du fichier : elle est ignorée.'],
    ]);
  });

  it('places nowhere a learner whose class code no key can hold, with a warning', async () => {
    const result = await read([eleve({ id: '1', last: 'CODE', first: 'Piégé' })], [structure('1', ['2AGO#1', 'D'], ['G'.repeat(41), 'G'])]);

    expect(fileOf(result, 'eleves').learners[0]).toMatchObject({ division: null, groups: [] });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toContain('STRUCTURE_INCOMPLETE');
  });

  it('drops an e-mail that is not one, with a warning', async () => {
    const result = await read([eleve({ last: 'MAIL', first: 'Faux', mail: 'pas-une-adresse' })], [structure('1', ['A', 'D'])]);

    expect(fileOf(result, 'eleves').learners[0]?.email).toBeNull();
    expect(result.ok && result.warnings).toEqual([
      {
        code: 'EMAIL_INVALID',
        message: 'L’adresse électronique de l’élève MAIL Faux (identifiant SIECLE 1) n’est pas valide (« pas-une-adresse ») : elle n’est pas importée.',
        detail: 'pas-une-adresse',
      },
    ]);
  });

  it('refuses a file without any learner', async () => {
    expect(codes(errorsOf(await read([])))).toEqual(['NO_RECORDS']);
  });
});
