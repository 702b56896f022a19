import { describe, expect, it } from 'vitest';
import { errorsOf, fileOf, fixture, parse, PIX_UAI, utf8, zipOf } from './support.ts';

describe('SIECLE export kind', () => {
  it('recognises each export by its root element, whatever the file is called', async () => {
    const samples = [
      [fixture('pix/siecle-with-two-valid-students.xml'), PIX_UAI, 'eleves'],
      [fixture('dossiersco/responsables_avec_adresses_simple.xml'), '0140070A', 'responsables'],
      [fixture('dossiersco/nomenclature_simple.xml'), '0140070A', 'nomenclatures'],
      [fixture('sts_emp_0861234A_2024.xml'), '0861234A', 'sts'],
    ] as const;

    for (const [bytes, uai, kind] of samples) {
      const result = await parse(await zipOf({ 'export.xml': bytes }), 'mon fichier.zip', { expectedUai: uai });
      expect(result.ok && result.file.kind).toBe(kind);
    }
  });

  it('says which file was given and which one the slot expects', async () => {
    const result = await parse(fixture('dossiersco/responsables_avec_adresses_simple.xml'), 'ElevesSansAdresses.xml', {
      expectedUai: '0140070A',
      expectedKinds: ['eleves'],
    });

    expect(errorsOf(result)).toEqual([
      { code: 'KIND_UNEXPECTED', message: 'Ce fichier est un export des responsables ; le fichier attendu ici est celui des élèves.' },
    ]);
  });

  it('names every kind a slot accepts', async () => {
    const result = await parse(fixture('dossiersco/nomenclature_simple.xml'), 'n.xml', { expectedUai: '0140070A', expectedKinds: ['eleves', 'responsables'] });

    expect(errorsOf(result)[0]?.message).toBe(
      'Ce fichier est un export des nomenclatures ; le fichier attendu ici est celui des élèves ou celui des responsables.',
    );
  });

  it('explains that EDT_STS is the file sent to STS, not its export', async () => {
    const result = await parse(utf8('<?xml version="1.0" encoding="UTF-8"?><EDT_STS><PARAMETRES/></EDT_STS>'), 'edt.xml');

    expect(errorsOf(result)[0]).toMatchObject({ code: 'KIND_EDT_STS', message: expect.stringContaining('et non l’export de STS-Web') });
  });

  it('refuses other XML files, naming their root element', async () => {
    const result = await parse(utf8('<?xml version="1.0"?><BEE_STRUCTURES VERSION="2.0"/>'), 'Structures.xml');

    expect(errorsOf(result)).toEqual([{ code: 'KIND_UNKNOWN', message: 'Ce fichier n’est pas un export SIECLE reconnu (élément racine BEE_STRUCTURES).' }]);
  });
});

describe('SIECLE establishment check', () => {
  it('refuses another establishment’s file, naming both codes', async () => {
    const result = await parse(fixture('dossiersco/responsables_avec_adresses_simple.xml'), 'r.xml', { expectedUai: '0861234A' });

    expect(errorsOf(result)).toEqual([{ code: 'UAI_MISMATCH', message: 'Ce fichier appartient à l’établissement 0140070A et non au vôtre (0861234A).' }]);
  });

  it('compares codes case-insensitively', async () => {
    const result = await parse(fixture('dossiersco/nomenclature_simple.xml'), 'n.xml', { expectedUai: '0140070a', today: '2018-10-01' });

    expect(fileOf(result, 'nomenclatures').uai).toBe('0140070A');
  });

  it('refuses a file whose PARAMETRES has an empty UAJ', async () => {
    const result = await parse(utf8('<?xml version="1.0"?><BEE_ELEVES><PARAMETRES><UAJ> </UAJ></PARAMETRES><DONNEES/></BEE_ELEVES>'), 'e.xml');

    expect(errorsOf(result)[0]?.code).toBe('UAI_MISSING');
  });
});
