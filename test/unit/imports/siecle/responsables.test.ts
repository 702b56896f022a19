import { describe, expect, it } from 'vitest';
import { checkGuardianLinks } from '#functions/services/import/siecle/index.ts';
import { codes, eleve, elevesXml, errorsOf, fileOf, fixture, latin9, parse, structure } from './support.ts';

const DOSSIERSCO = { expectedUai: '0140070A', expectedKinds: ['responsables' as const], today: '2019-06-05' };

const responsablesXml = (persons: string, links: string) => `<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_RESPONSABLES VERSION="2.1">
  <PARAMETRES><UAJ>0861234A</UAJ><ANNEE_SCOLAIRE>2024</ANNEE_SCOLAIRE></PARAMETRES>
  <DONNEES><PERSONNES>${persons}</PERSONNES><RESPONSABLES>${links}</RESPONSABLES></DONNEES>
</BEE_RESPONSABLES>`;
const person = (id: string, last: string, first = 'Prénom', extra = '') =>
  `<PERSONNE PERSONNE_ID="${id}"><NOM_DE_FAMILLE>${last}</NOM_DE_FAMILLE><PRENOM>${first}</PRENOM>${extra}</PERSONNE>`;
const link = (eleveId: string, personId: string, extra: string) =>
  `<RESPONSABLE_ELEVE><ELEVE_ID>${eleveId}</ELEVE_ID><PERSONNE_ID>${personId}</PERSONNE_ID>${extra}</RESPONSABLE_ELEVE>`;

describe('Guardians export (ResponsablesAvecAdresses)', () => {
  it('reads the DossierSCO sample (model since 2018): three mothers, legal by NIVEAU_RESPONSABILITE, a shared e-mail', async () => {
    const result = await parse(fixture('dossiersco/responsables_avec_adresses_simple.xml'), 'ResponsablesAvecAdresses.xml', DOSSIERSCO);

    const file = fileOf(result, 'responsables');
    expect(file.uai).toBe('0140070A');
    expect(file.schoolYear).toBe(2018);
    expect(file.persons).toEqual([
      { personId: '209401', civility: 'Mme', lastName: 'ROCK', firstName: 'Maryline', email: 'rock33445570@hotmail.fr', phone: '+33764444288' },
      { personId: '209406', civility: 'Mme', lastName: 'TRUC', firstName: 'Bidule', email: 'bidulechose@hotmail.fr', phone: '+33768666668' },
      { personId: '209400', civility: 'Mme', lastName: 'LOVELACE', firstName: 'Ada', email: 'bidulechose@hotmail.fr', phone: '+33768666668' },
    ]);
    expect(file.links).toEqual([
      { eleveId: '610308', personId: '209401', legal: true, relationship: '10' },
      { eleveId: '610308', personId: '209406', legal: true, relationship: '10' },
      { eleveId: '610305', personId: '209400', legal: true, relationship: '10' },
    ]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reads a pre-2018 file: RESP_LEGAL 1 and 2 are legal, 0 is a contact; NOM, Latin-9 and e-mails', async () => {
    const result = await parse(fixture('ResponsablesAvecAdresses-2017.xml'), 'ResponsablesAvecAdresses.xml', {
      expectedKinds: ['responsables'],
      today: '2017-09-20',
    });

    const file = fileOf(result, 'responsables');
    expect(file.persons).toEqual([
      { personId: '500001', civility: 'Mme', lastName: 'LEFÈVRE', firstName: 'Hélène', email: 'helene.lefevre@example.fr', phone: '05 49 11 22 33' },
      { personId: '500002', civility: 'M.', lastName: 'LEFÈVRE', firstName: 'Jean Marc', email: null, phone: '0611223344' },
      { personId: '500003', civility: 'Mme', lastName: 'ŒUVRARD', firstName: 'Zoé', email: null, phone: '0549445566' },
      { personId: '500004', civility: 'M.', lastName: 'DURAND', firstName: 'Louis', email: 'louis.durand@example.org', phone: null },
    ]);
    expect(file.links).toEqual([
      { eleveId: '1500001', personId: '500001', legal: true, relationship: '10' },
      { eleveId: '1500001', personId: '500002', legal: true, relationship: '20' },
      { eleveId: '1500001', personId: '500003', legal: false, relationship: '39' },
      { eleveId: '1500002', personId: '500004', legal: true, relationship: '50' },
    ]);
    expect(result.ok && result.warnings).toEqual([
      {
        code: 'EMAIL_INVALID',
        message:
          'L’adresse électronique du responsable LEFÈVRE Jean Marc (identifiant SIECLE 500002) n’est pas valide (« jm.lefevre@@example ») : elle n’est pas importée.',
        detail: 'jm.lefevre@@example',
      },
      {
        code: 'LINK_UNKNOWN_PERSON',
        message: 'Le responsable d’identifiant SIECLE 500999, lié à l’élève d’identifiant SIECLE 1500002, est absent du fichier : ce lien est ignoré.',
      },
    ]);
  });

  it('counts only NIVEAU_RESPONSABILITE 1 as legal since 2018', async () => {
    const xml = responsablesXml(
      person('1', 'UN') + person('2', 'DEUX') + person('3', 'TROIS'),
      link('9', '1', '<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>') +
        link('9', '2', '<NIVEAU_RESPONSABILITE>2</NIVEAU_RESPONSABILITE>') +
        link('9', '3', '<NIVEAU_RESPONSABILITE>3</NIVEAU_RESPONSABILITE><CODE_PARENTE></CODE_PARENTE>'),
    );

    const file = fileOf(await parse(latin9(xml), 'r.xml'), 'responsables');

    expect(file.links.map((entry) => [entry.personId, entry.legal, entry.relationship])).toEqual([
      ['1', true, null],
      ['2', false, null],
      ['3', false, null],
    ]);
  });

  it('reports incomplete and repeated links, and a person without first name', async () => {
    const xml = responsablesXml(
      person('1', 'ASE 86', ''),
      link('9', '1', '<NIVEAU_RESPONSABILITE>3</NIVEAU_RESPONSABILITE>') +
        link('9', '1', '<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE><CODE_PARENTE>51</CODE_PARENTE>') +
        link('', '1', ''),
    );

    const result = await parse(latin9(xml), 'r.xml');

    expect(fileOf(result, 'responsables').persons[0]).toMatchObject({ lastName: 'ASE 86', firstName: '' });
    expect(fileOf(result, 'responsables').links).toEqual([{ eleveId: '9', personId: '1', legal: true, relationship: '51' }]);
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      'Le responsable ASE 86 (identifiant SIECLE 1) n’a pas de prénom ; il est importé avec son nom seul.',
      'Le responsable ASE 86 (identifiant SIECLE 1) est lié plusieurs fois à l’élève d’identifiant SIECLE 9 : les liens sont fusionnés.',
      'Le 3e lien élève-responsable du fichier n’indique pas l’élève ou le responsable : il est ignoré.',
    ]);
  });

  it('refuses a person without PERSONNE_ID or without name, and a repeated PERSONNE_ID', async () => {
    const xml = responsablesXml(
      '<PERSONNE><NOM_DE_FAMILLE>SANSID</NOM_DE_FAMILLE><PRENOM>Eve</PRENOM></PERSONNE>' + person('2', '') + person('3', 'TROIS') + person('3', 'TER'),
      '',
    );

    const errors = errorsOf(await parse(latin9(xml), 'r.xml'));

    expect(codes(errors)).toEqual(['ID_MISSING', 'NAME_MISSING', 'ID_DUPLICATE']);
    expect(errors[0]?.message).toContain('Le responsable SANSID Eve, 1re fiche du fichier, n’a pas d’identifiant (PERSONNE_ID)');
  });

  it('warns, when both files come together, about links to learners absent from the learners file', async () => {
    const eleves = fileOf(
      await parse(latin9(elevesXml({ learners: [eleve({ id: '1500001' })], structures: [structure('1500001', ['A', 'D'])] })), 'e.xml'),
      'eleves',
    );
    const responsables = fileOf(await parse(fixture('ResponsablesAvecAdresses-2017.xml'), 'r.xml', { today: '2017-09-20' }), 'responsables');

    expect(checkGuardianLinks(responsables, eleves)).toEqual([
      {
        code: 'LINK_UNKNOWN_LEARNER',
        message:
          'Le responsable DURAND Louis (identifiant SIECLE 500004) est lié à l’élève d’identifiant SIECLE 1500002, absent du fichier des élèves : ce lien est ignoré.',
      },
    ]);
  });
});
