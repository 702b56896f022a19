import { describe, expect, it } from 'vitest';
import { planImport } from '#functions/services/import/plan/plan.ts';
import type { StsDivision, StsFile, StsPerson } from '#functions/services/import/siecle/index.ts';

const UAI = '0861234A';
const TODAY = '2024-09-02';
/** Terminale Bac Pro Gestion-administration (supported) and 3e of collège (not a diploma of Cerise). */
const GA_MEF = '24730001330';
const COLLEGE_MEF = '10310019110';

const division = (code: string, mefCodes: string[], label = code): StsDivision => ({ code, label, mefCodes, services: [] });
const person = (id: string, fn: string): StsPerson => ({
  id,
  type: 'epp',
  civility: 'Mme',
  lastName: `NOM${id}`,
  firstName: 'Alix',
  birthDate: '1980-01-01',
  function: fn,
  disciplines: [],
});

function stsFile(divisions: StsDivision[], staff: StsPerson[] = []): StsFile {
  return {
    kind: 'sts',
    uai: UAI,
    schoolYear: 2024,
    subjects: {},
    mefs: {
      [COLLEGE_MEF]: { code: COLLEGE_MEF, formation: '3EME', longLabel: '3EME' },
      [GA_MEF]: { code: GA_MEF, formation: 'TLEPRO GA', longLabel: 'TLEPRO GESTION-ADMINISTRATION' },
    },
    staff,
    divisions,
    groups: [],
  };
}

const analyse = (file: StsFile) => planImport({ sts: file }, { uai: UAI, users: [], structure: [], staffImported: false }, TODAY);

describe('the staff file analysis', () => {
  it('warns once about each division whose MEF is no supported diploma, naming the division and its MEF', () => {
    const plan = analyse(stsFile([division('3A', [COLLEGE_MEF], '3E A'), division('3B', [COLLEGE_MEF]), division('TGA1', [GA_MEF])]));

    expect(plan.warnings.filter((warning) => warning.code === 'DIVISION_MEF_NOT_SUPPORTED').map((warning) => warning.message)).toEqual([
      'La division 3A (3E A) a le MEF 10310019110 (3EME), qui n’est pas un diplôme pris en charge par Cerise : elle est importée sans diplôme, comme ses élèves.',
      'La division 3B a le MEF 10310019110 (3EME), qui n’est pas un diplôme pris en charge par Cerise : elle est importée sans diplôme, comme ses élèves.',
    ]);
    expect(plan.divisionsCreated.map(({ code, diplomas }) => ({ code, diplomas }))).toEqual([
      { code: '3A', diplomas: [] },
      { code: '3B', diplomas: [] },
      { code: 'TGA1', diplomas: ['ga'] },
    ]);
  });

  it('says a division keeps its supported diploma when only one of its MEFs is unsupported', () => {
    const plan = analyse(stsFile([division('MIX', [GA_MEF, COLLEGE_MEF, '99999999990'])]));

    expect(plan.warnings.map((warning) => warning.message)).toEqual([
      'La division MIX a les MEF 10310019110 (3EME), 99999999990, qui ne sont pas des diplômes pris en charge par Cerise : ces MEF sont ignorés pour ses diplômes.',
    ]);
  });

  it('writes « n’est » with the typographic apostrophe when one person of a function is skipped', () => {
    const plan = analyse(stsFile([], [person('1', 'EDU'), person('2', 'DOC'), person('3', 'DOC'), person('4', 'ENS')]));

    expect(plan.warnings.filter((warning) => warning.code === 'STAFF_FUNCTION_SKIPPED').map((warning) => warning.message)).toEqual([
      '1 personne de fonction EDU (hors enseignants et direction) n’est pas importée.',
      '2 personnes de fonction DOC (hors enseignants et direction) ne sont pas importées.',
    ]);
  });
});
