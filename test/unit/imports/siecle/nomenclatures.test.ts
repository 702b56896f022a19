import { describe, expect, it } from 'vitest';
import { codes, errorsOf, fileOf, fixture, latin9, parse } from './support.ts';

const DOSSIERSCO = { expectedUai: '0140070A', expectedKinds: ['nomenclatures' as const], today: '2018-10-01' };

describe('Nomenclature export (BEE_NOMENCLATURES)', () => {
  it('reads the four MEF of the collège sample, with their labels', async () => {
    const result = await parse(fixture('dossiersco/nomenclature_tout_niveau.xml'), 'Nomenclature.xml', DOSSIERSCO);

    expect(fileOf(result, 'nomenclatures')).toEqual({
      kind: 'nomenclatures',
      uai: '0140070A',
      schoolYear: 2018,
      mefs: [
        { code: '10010012110', formation: '6EME', longLabel: '6EME' },
        { code: '10110001110', formation: '5G', longLabel: '5EME' },
        { code: '10210001110', formation: '4G', longLabel: '4EME' },
        { code: '10310019110', formation: '3EME', longLabel: '3EME' },
      ],
    });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reads the one-MEF samples', async () => {
    const simple = fileOf(await parse(fixture('dossiersco/nomenclature_simple.xml'), 'Nomenclature.xml', DOSSIERSCO), 'nomenclatures');
    const double = fileOf(await parse(fixture('dossiersco/nomenclature_code_modalite_elec_double.xml'), 'Nomenclature.xml', DOSSIERSCO), 'nomenclatures');

    expect(simple.mefs).toEqual([{ code: '10110001110', formation: '5G', longLabel: '5EME' }]);
    expect(double.mefs).toEqual([{ code: '20211010110', formation: 'TS SVT', longLabel: 'TERMINALE SCIENTIFIQUE SVT' }]);
  });

  it('refuses a MEF without code, and keeps the first of two identical codes with a warning', async () => {
    const xml = (mefs: string) =>
      latin9(
        `<?xml version="1.0" encoding="ISO-8859-15"?><BEE_NOMENCLATURES VERSION="3.1"><PARAMETRES><UAJ>0861234A</UAJ></PARAMETRES><DONNEES><MEFS>${mefs}</MEFS></DONNEES></BEE_NOMENCLATURES>`,
      );

    const missing = await parse(xml('<MEF><FORMATION>2NDPRO</FORMATION></MEF>'), 'n.xml');
    const twice = await parse(
      xml(
        '<MEF CODE_MEF="24730004310"><FORMATION>A</FORMATION></MEF><MEF CODE_MEF="24730004310"><FORMATION>B</FORMATION><LIBELLE_EDITION>2nde pro AGOrA</LIBELLE_EDITION></MEF>',
      ),
      'n.xml',
    );

    expect(errorsOf(missing)[0]?.message).toMatch(/^Le 1er MEF du fichier n’a pas de code : il ne peut pas être importé\./);
    expect(fileOf(twice, 'nomenclatures').mefs).toEqual([{ code: '24730004310', formation: 'A', longLabel: 'A' }]);
    expect(twice.ok && codes(twice.warnings)).toEqual(['CODE_DUPLICATE']);
  });
});
