import { describe, expect, it } from 'vitest';
import type { ParseResult } from '#functions/services/import/siecle/index.ts';
import { fixture, latin9, parse, zipOf } from './support.ts';
import { seededRandom } from '#infra/ops/seeded-random.ts';

const TAGS = [
  'ELEVE',
  'ELEVES',
  'STRUCTURE',
  'STRUCTURES_ELEVE',
  'PERSONNE',
  'RESPONSABLE_ELEVE',
  'DIVISION',
  'GROUPE',
  'SERVICE',
  'ENSEIGNANT',
  'INDIVIDU',
  'MEF',
  'MATIERE',
  'UAJ',
  'PARAMETRES',
  'DONNEES',
  'NOM_DE_FAMILLE',
  'PRENOM',
  'DATE_NAISS',
];
const SNIPPETS = [
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#xFFFF;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '"',
  "'",
  '/>',
  '\u0000',
  '__proto__',
  'constructor',
  '<?xml?>',
  '=',
  '\r\n',
];

/** One random edit: byte flips, cuts, copies, inserted XML-ish snippets, or one tag renamed into another. */
function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const pick = (length: number) => Math.floor(next() * length);
  const out = [...bytes];
  const edits = 1 + pick(4);
  for (let edit = 0; edit < edits; edit++) {
    const at = pick(out.length + 1);
    switch (pick(6)) {
      case 0:
        out[at] = pick(256);
        break;
      case 1:
        out.splice(at, 1 + pick(64));
        break;
      case 2:
        out.splice(at, 0, ...out.slice(pick(out.length), pick(out.length)).slice(0, 256));
        break;
      case 3:
        out.splice(at, 0, ...latin9(SNIPPETS[pick(SNIPPETS.length)]!));
        break;
      case 4:
        out.length = Math.min(out.length, at);
        break;
      default: {
        const text = out.map((byte) => String.fromCharCode(byte)).join('');
        const from = TAGS[pick(TAGS.length)]!;
        const to = TAGS[pick(TAGS.length)]!;
        const renamed = text.replace(new RegExp(`(</?)${from}([ >/])`), `$1${to}$2`);
        out.splice(0, out.length, ...Array.from(renamed, (char) => char.charCodeAt(0)));
      }
    }
  }
  return Uint8Array.from(out);
}

function expectParseResult(result: ParseResult, label: string): void {
  expect(typeof result.ok, label).toBe('boolean');
  if (result.ok) {
    expect(['sts', 'eleves', 'responsables', 'nomenclatures'], label).toContain(result.file.kind);
    expect(Array.isArray(result.warnings), label).toBe(true);
  } else {
    expect(result.errors.length, label).toBeGreaterThan(0);
    // The safety net of parseSiecleUpload must never be what answered.
    expect(
      result.errors.map((error) => error.code),
      label,
    ).not.toContain('UNEXPECTED');
    for (const error of result.errors) expect(error.message, label).toMatch(/\S/);
  }
}

describe('SIECLE readers under random damage', () => {
  const samples: [string, Uint8Array, string][] = [
    ['eleves', fixture('pix/siecle-with-registrations-no-longer-in-school.xml'), '123ABC'],
    ['double structure', fixture('dossiersco/eleves_avec_adresse_avec_double_structure.xml'), '0660864F'],
    ['responsables', fixture('dossiersco/responsables_avec_adresses_simple.xml'), '0140070A'],
    ['pre-2018 responsables', fixture('ResponsablesAvecAdresses-2017.xml'), '0861234A'],
    ['nomenclatures', fixture('dossiersco/nomenclature_tout_niveau.xml'), '0140070A'],
    ['sts', fixture('sts_emp_0861234A_2024.xml'), '0861234A'],
  ];

  it('always answers with a ParseResult, never throws, for 600 mutated XML files', async () => {
    const next = seededRandom(20240901);
    for (let iteration = 0; iteration < 600; iteration++) {
      const [name, bytes, uai] = samples[iteration % samples.length]!;
      const mutated = mutate(bytes, next);
      const result = await parse(mutated, `${name}.xml`, { expectedUai: uai });
      expectParseResult(result, `${name} #${iteration}`);
    }
  });

  it('always answers with a ParseResult for 150 mutated zips', async () => {
    const next = seededRandom(7);
    const zips = await Promise.all(samples.map(async ([name, bytes, uai]) => [name, await zipOf({ 'export.xml': bytes }), uai] as const));
    for (let iteration = 0; iteration < 150; iteration++) {
      const [name, bytes, uai] = zips[iteration % zips.length]!;
      const result = await parse(mutate(bytes, next), `${name}.zip`, { expectedUai: uai });
      expectParseResult(result, `${name} zip #${iteration}`);
    }
  });
});
