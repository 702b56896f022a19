import { describe, expect, it } from 'vitest';
import { ATTACHED_DIPLOMAS, DIPLOMAS, diploma, hasReferentiel, isDiplomaId, levelOf } from '#shared/domain/diplomas.ts';
import { MEF_ROWS, mefInfo, mefInfoFromLabels } from '#shared/data/mef.ts';

/** siecle-formats.md §4: the MEFs of every diploma the product knows (SIECLE form = BCN + '0'). */
const SECTION_4 = [
  ['2473000131', 'ga', 1],
  ['2473000132', 'ga', 2],
  ['2473000133', 'ga', 3],
  ['2473000431', 'agora', 1],
  ['2473000432', 'agora', 2],
  ['2473000433', 'agora', 3],
  ['2473000331', '2nde-gatl', 1],
  ['2473110831', 'transport', 1],
  ['2473110832', 'transport', 2],
  ['2473110833', 'transport', 3],
  ['2473111431', 'otm', 1],
  ['2473111432', 'otm', 2],
  ['2473111433', 'otm', 3],
  ['2473110631', 'logistique', 1],
  ['2473110632', 'logistique', 2],
  ['2473110633', 'logistique', 3],
  ['2473111631', 'metiers-logistique', 1],
  ['2473111632', 'metiers-logistique', 2],
  ['2473111633', 'metiers-logistique', 3],
] as const;

describe('the diplomas the product knows', () => {
  it('lists GA, AGOrA, Transport, OTM, Logistique, Métiers de la logistique and the common 2nde', () => {
    expect(DIPLOMAS.map((d) => d.id)).toEqual(['ga', 'agora', 'transport', 'otm', 'logistique', 'metiers-logistique', '2nde-gatl']);
    expect(new Set(DIPLOMAS.map((d) => d.bcnCode)).size).toBe(DIPLOMAS.length);
  });

  it('gives the common 2nde no référentiel, so the administrator picks its divisions’ diploma', () => {
    expect(hasReferentiel('2nde-gatl')).toBe(false);
    for (const id of ['ga', 'agora', 'transport', 'otm', 'logistique', 'metiers-logistique'] as const) expect(hasReferentiel(id)).toBe(true);
    expect(diploma('agora').referentiel?.status).toBe('provisional');
    expect(diploma('otm').referentiel?.status).toBe('skeleton');
  });

  it('attaches the BEP MSA to GA', () => {
    expect(ATTACHED_DIPLOMAS).toEqual([expect.objectContaining({ id: 'bep-msa', attachedTo: 'ga', bcnCode: '51032404' })]);
  });

  it('points every replaced diploma to a known successor that opens before it closes', () => {
    for (const d of DIPLOMAS) {
      if (d.replacedBy === null) continue;
      const successor = diploma(d.replacedBy);
      expect(d.closesOn).not.toBeNull();
      expect(successor.opensOn <= (d.closesOn ?? '')).toBe(true);
    }
  });

  it('recognises diploma ids', () => {
    expect(isDiplomaId('otm')).toBe(true);
    expect(isDiplomaId('bep-msa')).toBe(false);
    expect(isDiplomaId(undefined)).toBe(false);
  });
});

describe('mefInfo: MEF code → diploma, year, level', () => {
  it.each(SECTION_4)('maps %s to %s, year %i, in both SIECLE and BCN forms', (bcn, id, year) => {
    const expected = { diploma: id, year, level: levelOf(year) };
    expect(mefInfo(`${bcn}0`)).toMatchObject(expected);
    expect(mefInfo(bcn)).toMatchObject(expected);
  });

  it('gives a Tle GA learner level 3BPRO3 and the BCN label', () => {
    expect(mefInfo('24730001330')).toEqual({ diploma: 'ga', year: 3, level: '3BPRO3', label: 'TLEPRO GESTION-ADMINISTRATION' });
  });

  it('puts the common 2nde in the first-year level', () => {
    expect(mefInfo('24730003310')).toMatchObject({ diploma: '2nde-gatl', year: 1, level: '1BPRO3' });
  });

  it('ignores surrounding spaces and the value of the 11th character', () => {
    expect(mefInfo(' 24731108320 ')).toMatchObject({ diploma: 'transport', year: 2 });
    expect(mefInfo('24731108321')).toMatchObject({ diploma: 'transport', year: 2 });
  });

  it('returns null for other diplomas, unknown and malformed codes', () => {
    expect(mefInfo('10310019110')).toBeNull(); // 3EME
    expect(mefInfo('24731109330')).toBeNull(); // Tle Bac Pro Transport fluvial
    expect(mefInfo('24731104320')).toBeNull(); // 1re Bac Pro Logistique of 1998, not the 2010 one
    expect(mefInfo('24239999990')).toBeNull();
    expect(mefInfo('247300013')).toBeNull();
    expect(mefInfo('247300013300')).toBeNull();
    expect(mefInfo('')).toBeNull();
  });

  it('holds every MEF of the known diplomas, and only those, from the BCN table', () => {
    expect(MEF_ROWS).toHaveLength(SECTION_4.length);
    for (const row of MEF_ROWS) {
      expect(row.formationDiplome).toBe(diploma(row.diploma).bcnCode);
      // BCN MEF: 3-digit dispositif 247 (Bac Pro in 3 years), then the diploma's code tail, duration 3, year.
      expect(row.mef).toBe(`247${row.formationDiplome.slice(3)}3${row.year}`);
    }
  });
});

describe('mefInfoFromLabels: fallback on the file’s own nomenclature labels', () => {
  it('recognises the BCN wordings of each diploma and year', () => {
    expect(mefInfoFromLabels('TLEPRO30001', 'TLEPRO GESTION-ADMINISTRATION')).toEqual({
      diploma: 'ga',
      year: 3,
      level: '3BPRO3',
      label: 'TLEPRO GESTION-ADMINISTRATION',
    });
    expect(mefInfoFromLabels('1ERPRO30004', '1ERPRO ASSISTANC.GEST.ORGANIS.ACTIVITES')).toMatchObject({ diploma: 'agora', year: 2 });
    expect(mefInfoFromLabels('', '2NDPRO MET.GEST.ADM.,TRA.&LOG.2NDE COMM.')).toMatchObject({ diploma: '2nde-gatl', year: 1, level: '1BPRO3' });
    expect(mefInfoFromLabels('', '2NDPRO TRANSPORT')).toMatchObject({ diploma: 'transport', year: 1 });
    expect(mefInfoFromLabels('', 'TLEPRO ORGANIS. TRANSPORT MARCHANDISES')).toMatchObject({ diploma: 'otm', year: 3 });
    expect(mefInfoFromLabels('', '1ERPRO LOGISTIQUE')).toMatchObject({ diploma: 'logistique', year: 2 });
    expect(mefInfoFromLabels('', 'TLEPRO METIERS DE LA LOGISTIQUE')).toMatchObject({ diploma: 'metiers-logistique', year: 3 });
  });

  it('recognises every label of the BCN table as the table does', () => {
    for (const row of MEF_ROWS) {
      expect(mefInfoFromLabels('', row.label)).toMatchObject({ diploma: row.diploma, year: row.year });
      expect(mefInfoFromLabels('', row.editionLabel)).toMatchObject({ diploma: row.diploma, year: row.year });
    }
  });

  it('accepts spelled-out, accented and AGOrA wordings', () => {
    expect(mefInfoFromLabels('', 'Terminale pro Gestion - Administration')).toMatchObject({ diploma: 'ga', year: 3 });
    expect(mefInfoFromLabels('', '1ère pro AGOrA')).toMatchObject({ diploma: 'agora', year: 2 });
    expect(mefInfoFromLabels('', '2nde pro assistance à la gestion des organisations et de leurs activités')).toMatchObject({ diploma: 'agora', year: 1 });
    expect(mefInfoFromLabels('', 'Seconde pro métiers de la gestion administrative, du transport et de la logistique')).toMatchObject({
      diploma: '2nde-gatl',
      year: 1,
    });
  });

  it('takes the year from FORMATION when the long label has none', () => {
    expect(mefInfoFromLabels('TLEPRO', 'LOGISTIQUE')).toMatchObject({ diploma: 'logistique', year: 3 });
  });

  it('returns null rather than guess', () => {
    expect(mefInfoFromLabels('3EME', '3EME')).toBeNull();
    expect(mefInfoFromLabels('', 'TLEPRO TRANSPORT FLUVIAL')).toBeNull();
    expect(mefInfoFromLabels('', '2NDPRO CONDUCT. TRANSP.ROUT.MARCHANDISES')).toBeNull();
    expect(mefInfoFromLabels('', '1CAP2  OPERATEUR/OPERATRICE LOGISTIQUE')).toBeNull();
    expect(mefInfoFromLabels('', '1ERPRO LOGISTIQUE (Ancien)')).toBeNull();
    expect(mefInfoFromLabels('', 'GESTION-ADMINISTRATION')).toBeNull(); // no year
    expect(mefInfoFromLabels('', '1BTS2  GEST. TRANSP. & LOGIST. ASSOCIEE')).toBeNull();
    expect(mefInfoFromLabels('', 'TLEPRO MET.GEST.ADM.,TRA.&LOG.2NDE COMM.')).toBeNull(); // the common 2nde has no Tle
    expect(mefInfoFromLabels('', '')).toBeNull();
  });
});
