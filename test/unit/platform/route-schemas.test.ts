import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTES, type RouteDef } from '#shared/api/routes.ts';
import { divisionCodeSchema, opaqueIdSchema } from '#shared/api/schemas/common.ts';
import { consultationQuerySchema, learnerEvaluationsQuerySchema } from '#shared/api/schemas/evaluations.ts';
import { observationGridQuerySchema, scenarioListQuerySchema } from '#shared/api/schemas/scenarios.ts';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';
import { IMAGE_KINDS } from '#shared/api/schemas/parametres.ts';
import { REFERENTIELS } from '#shared/referentiels/index.ts';
import { newImportId } from '#functions/services/import/object-keys.ts';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('the schema of ids in paths', () => {
  it('accepts every id the API generates and every key of the shipped data', () => {
    const ids = [
      randomUUID(),
      newImportId(new Date('2026-01-01T00:00:00Z'), 'absent00'),
      ...DIPLOMAS.map((d) => d.id),
      ...REFERENTIELS.map((r) => r.id),
      ...IMAGE_KINDS,
      'inconnu',
    ];
    for (const id of ids) expect(opaqueIdSchema.safeParse(id), id).toEqual({ success: true, data: id });
  });

  it('refuses an id too long for a key, in French', () => {
    const result = opaqueIdSchema.safeParse('a'.repeat(2_100));
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe('Identifiant trop long.');
    expect(opaqueIdSchema.safeParse('a'.repeat(64)).success).toBe(true);
    expect(opaqueIdSchema.safeParse('a'.repeat(65)).success).toBe(false);
  });

  it('refuses the key separator, paths, spaces, accents and the empty id', () => {
    for (const id of ['a#b', 'SCENARIO#v1', '../etc', 'a/b', 'a b', 'élève', 'a.b', '']) {
      const result = opaqueIdSchema.safeParse(id);
      expect(result.success, id).toBe(false);
    }
    expect(firstMessage(opaqueIdSchema.safeParse('a#b'))).toMatch(/^Identifiant invalide/);
  });
});

describe('the schema of division codes in paths', () => {
  it('accepts codes as SIECLE writes them, spaces and punctuation included', () => {
    const fixture = readFileSync('test/fixtures/siecle/sts_emp_0861234A_2024.xml', 'latin1');
    const fromFixture = [...fixture.matchAll(/<(?:DIVISION|GROUPE) CODE="([^"]+)"/g)].map((match) => match[1]!);
    expect(fromFixture.length).toBeGreaterThan(0);
    for (const code of [...fromFixture, '6 B', '3 AVSPRO', '1GA1', 'T.BAC-1', 'Seconde (A)'])
      expect(divisionCodeSchema.safeParse(code).success, code).toBe(true);
  });

  it('refuses the key separator, control characters, the empty code and a code too long', () => {
    expect(firstMessage(divisionCodeSchema.safeParse('1GA#1'))).toMatch(/« # »/);
    expect(divisionCodeSchema.safeParse('1GA\n1').success).toBe(false);
    expect(divisionCodeSchema.safeParse('').success).toBe(false);
    expect(firstMessage(divisionCodeSchema.safeParse('A'.repeat(2_100)))).toBe('Code de classe trop long.');
  });
});

describe('the route table', () => {
  it('gives every route whose path has parameters a schema with exactly those names', () => {
    const mismatched = (ROUTES as readonly RouteDef[])
      .map((route) => ({
        id: route.id,
        names: [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort(),
        keys: Object.keys(route.params?.shape ?? {}).sort(),
      }))
      .filter(({ names, keys }) => JSON.stringify(names) !== JSON.stringify(keys));
    expect(mismatched).toEqual([]);
  });
});

describe('the query schemas', () => {
  it('reads an empty parameter as an absent one, as a form sends an empty field', () => {
    expect(scenarioListQuerySchema.parse({ level: '', title: '' })).toEqual({});
    expect(scenarioListQuerySchema.parse({})).toEqual({});
    expect(scenarioListQuerySchema.parse({ level: '1BPRO3', title: ' Budget ' })).toEqual({ level: '1BPRO3', title: 'Budget' });
    expect(learnerEvaluationsQuerySchema.parse({ title: '', from: '', to: '2026-06-30' })).toEqual({ to: '2026-06-30' });
    expect(consultationQuerySchema.parse({ year: '' })).toEqual({});
  });

  it('keeps the precise French messages of a wrong level, date or school year', () => {
    expect(firstMessage(scenarioListQuerySchema.safeParse({ level: '4BPRO3' }))).toContain('Choisissez un niveau');
    expect(firstMessage(learnerEvaluationsQuerySchema.safeParse({ from: '30/06/2026' }))).toBe('Date attendue au format AAAA-MM-JJ.');
    for (const year of ['2025-2026', 'abc', '1999', '3000'])
      expect(firstMessage(consultationQuerySchema.safeParse({ year })), year).toMatch(/^Année scolaire invalide/);
  });

  it('turns the school year into a number', () => {
    expect(consultationQuerySchema.parse({ year: '2025' })).toEqual({ year: 2025 });
  });

  it('reads the observation grid’s classes as trimmed, deduplicated codes, one to twenty', () => {
    expect(observationGridQuerySchema.parse({ divisions: ' 1GA1, 1GA1 ,,6 B' })).toEqual({ divisions: ['1GA1', '6 B'] });
    expect(firstMessage(observationGridQuerySchema.safeParse({}))).toBe('Choisissez au moins une classe pour la grille d’observation.');
    expect(firstMessage(observationGridQuerySchema.safeParse({ divisions: ' , ' }))).toBe('Choisissez au moins une classe pour la grille d’observation.');
    const many = Array.from({ length: 21 }, (_, index) => `C${index}`).join(',');
    expect(firstMessage(observationGridQuerySchema.safeParse({ divisions: many }))).toBe('Choisissez 20 classes au plus.');
    expect(observationGridQuerySchema.safeParse({ divisions: `1GA1,${'X'.repeat(2_100)}` }).success).toBe(false);
  });
});
