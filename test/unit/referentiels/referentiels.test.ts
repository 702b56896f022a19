import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';
import { REFERENTIELS, attachedReferentielId, isReferentielId, loadReferentiel, referentiel, ReferentielFormatError } from '#shared/referentiels/index.ts';

/** A JSON file, by a path relative to this test or absolute. */
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
/** The repository's own copy of a référentiel file (shared/referentiels/data, with its SOURCES.md). */
const shippedFile = (file: string) => readJson(join(resolve(import.meta.dirname, '../../..'), 'shared', 'referentiels', 'data', file));

describe('the shipped référentiels', () => {
  for (const entry of REFERENTIELS) {
    it(`loads ${entry.referentiel.file} with the node counts its stats announce`, async () => {
      const loaded = await referentiel(entry.id);
      const file = shippedFile(entry.referentiel.file);
      expect(loaded.diploma.code).toBe(entry.referentiel.code);
      expect(loaded.status).toBe(entry.referentiel.status);
      expect(loaded.counts).toEqual(file.stats);
      expect(loaded.nodes).toHaveLength(Object.values(file.stats as Record<string, number>).reduce((sum, count) => sum + count, 0));
    });
  }

  it('has a référentiel for every diploma of the product but the common 2nde, plus the BEP MSA', () => {
    expect(REFERENTIELS.map((entry) => entry.id).sort()).toEqual([...DIPLOMAS.filter((d) => d.referentiel).map((d) => d.id), 'bep-msa'].sort());
    expect(isReferentielId('2nde-gatl')).toBe(false);
    expect(isReferentielId('bep-msa')).toBe(true);
    expect(attachedReferentielId('ga')).toBe('bep-msa');
    expect(attachedReferentielId('transport')).toBeNull();
  });

  it('marks AGOrA as provisional and OTM as a skeleton', async () => {
    expect((await referentiel('agora')).status).toBe('provisional');
    expect((await referentiel('otm')).status).toBe('skeleton');
  });

  it('finds nodes by id and by printed code, with their parents', async () => {
    const ga = await referentiel('ga');
    const situation = ga.byCode('1.1.1')!;
    expect(situation).toMatchObject({
      id: 'ga.1.1.1',
      kind: 'competence',
      title: 'Tenue des dossiers fournisseurs et sous-traitants',
      sourceLabel: 'situation professionnelle',
    });
    expect(ga.byId('ga.1.1.1')).toBe(situation);
    expect(ga.byId(situation.parentId!)?.kind).toBe('class-of-situations');
    expect(ga.byCode('CE111')?.kind).toBe('indicator');
    expect(ga.byId('ga.inconnu')).toBeUndefined();
    expect(ga.byCode('9.9.9')).toBeUndefined();
    expect((situation.data.certification_competence as { code: string }).code).toBe('C111');
  });

  it('evaluates GA situations, T/L compétences détaillées, BEP MSA compétences détaillées and AGOrA competences', async () => {
    const ga = await referentiel('ga');
    expect(ga.evaluableItems()).toHaveLength(55);
    expect(ga.evaluableItems().every((node) => node.kind === 'competence')).toBe(true);
    const transport = await referentiel('transport');
    expect(transport.evaluableItems().map((node) => node.code)).toContain('G2C1.1');
    expect(transport.evaluableItems().every((node) => node.kind === 'sub-competence' || node.children.every((child) => child.kind !== 'sub-competence'))).toBe(
      true,
    );
    expect(transport.isEvaluable('transport.G2C1')).toBe(false);
    expect((await referentiel('bep-msa')).evaluableItems()).toHaveLength(77);
    expect((await referentiel('agora')).evaluableItems()).toHaveLength(37);
  });

  it('gives the GA complexités and aléas per situation, in order', async () => {
    const ga = await referentiel('ga');
    expect(ga.hasQualifiers).toBe(true);
    expect(ga.qualifiersOf('ga.1.1.1', 'complexite')).toHaveLength(5);
    expect(ga.qualifiersOf('ga.1.1.1', 'alea')).toHaveLength(4);
    expect(ga.qualifiersOf('ga.1.1.5', 'complexite')).toHaveLength(4);
    expect(ga.qualifiersOf('ga.1.1.5', 'alea')).toEqual([]);
    expect(ga.qualifiersOf('ga.1.1.1')[0]).toEqual({
      id: 'ga.q.1.1.1.cx1',
      type: 'complexite',
      targetId: 'ga.1.1.1',
      title: 'Absence de fichier fournisseur',
      origin: 'referentiel',
    });
    expect((await referentiel('transport')).hasQualifiers).toBe(false);
  });

  it('gives the Transport and Logistique groups exported for certification', async () => {
    expect((await referentiel('transport')).certificationGroups.map((node) => node.code)).toEqual(['G2', 'G3', 'G4', 'G6']);
    expect((await referentiel('logistique')).certificationGroups.map((node) => node.code)).toEqual(['G1', 'G2', 'G6']);
    expect((await referentiel('ga')).certificationGroups).toEqual([]);
  });
});

describe('a new diploma is a data file', () => {
  it('loads a small extra diploma and serves lookups, items and qualifiers from it', () => {
    const extra = loadReferentiel(readJson('../../fixtures/referentiels/cap-exemple.json'), { status: 'complete' });
    expect(extra.diploma).toEqual({ code: 'CAP-EXEMPLE', title: 'CAP Exemple de diplôme ajouté par un fichier', shortTitle: 'CAP Exemple' });
    expect(extra.roots.map((node) => node.id)).toEqual(['cap.P1']);
    expect(extra.byCode('A1')?.title).toBe('Accueillir un client');
    expect(extra.evaluableItems().map((node) => node.id)).toEqual(['cap.P1.A1', 'cap.P1.A2']);
    expect(extra.qualifiersOf('cap.P1.A1').map((q) => q.title)).toEqual(['Client pressé']);
    expect(extra.certificationGroups).toEqual([]);
  });
});

describe('malformed files are refused with precise messages', () => {
  const valid = () => readJson('../../fixtures/referentiels/cap-exemple.json') as any;
  const problemsOf = (json: unknown): readonly string[] => {
    try {
      loadReferentiel(json, { source: 'essai.json' });
    } catch (error) {
      expect(error).toBeInstanceOf(ReferentielFormatError);
      expect((error as Error).message).toMatch(/^Invalid référentiel essai\.json: /);
      return (error as ReferentielFormatError).problems;
    }
    throw new Error('accepted');
  };

  it('refuses what is not an object', () => {
    expect(problemsOf([])).toEqual(['the file is not a JSON object']);
  });

  it('refuses duplicate ids, naming both places', () => {
    const json = valid();
    json.nodes[0].children[1].id = 'cap.P1.A1';
    expect(problemsOf(json)).toContain('nodes[0].children[1]: duplicate id "cap.P1.A1" (first at nodes[0].children[0])');
  });

  it('refuses unknown kinds and missing children arrays', () => {
    const json = valid();
    json.nodes[0].children[0].kind = 'skill';
    delete json.nodes[0].children[1].children;
    expect(problemsOf(json)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nodes\[0\]\.children\[0\] \(cap\.P1\.A1\): unknown kind "skill" \(known: pole, group/),
        'nodes[0].children[1] (cap.P1.A2): children must be an array (empty for a leaf)',
      ]),
    );
  });

  it('refuses stats that do not match the tree, a wrong diploma code and missing titles', () => {
    const json = valid();
    json.stats.activity = 3;
    json.nodes[0].title = ' ';
    expect(problemsOf(json)).toEqual(expect.arrayContaining(['stats.activity: the file says 3, the tree has 2', 'nodes[0] (cap.P1): title missing or empty']));
    expect(() => loadReferentiel(valid(), { expectedCode: 'BACPRO-GA' })).toThrow('diploma.code: expected BACPRO-GA, found CAP-EXEMPLE');
  });

  it('refuses qualifiers pointing nowhere and certification groups that disagree with the tree', () => {
    const json = valid();
    json.qualifiers.items[0].situation = 'Z9';
    json.qualifiers.items[0].pole = null;
    json.certification = { pfmp_groups: ['P1'] };
    expect(problemsOf(json)).toEqual([
      'qualifiers.items[0]: situation "Z9" / pole null is not a node of the file',
      'certification.pfmp_groups lists P1 but exported_for_certification marks none',
    ]);
  });

  it('refuses a wrong qualifier type, a certification mark that is not true or false and a code that is neither text nor null', () => {
    const json = valid();
    json.qualifiers.items[0].type = 'difficulte';
    json.nodes[0].children[1].exported_for_certification = 'oui';
    json.nodes[0].children[1].code = 7;
    expect(problemsOf(json)).toEqual(
      expect.arrayContaining([
        'qualifiers.items[0]: type must be complexite or alea, found "difficulte"',
        'nodes[0].children[1] (cap.P1.A2): exported_for_certification must be true or false',
        'nodes[0].children[1] (cap.P1.A2): code must be a string or null, found 7',
      ]),
    );
  });

  it('refuses a duplicate printed code and a bad schema version', () => {
    const json = valid();
    json.schema_version = '2.0';
    json.nodes[0].children[1].code = 'A1';
    expect(problemsOf(json)).toEqual([
      'schema_version: expected "1.x", found "2.0"',
      'nodes[0].children[1] (cap.P1.A2): duplicate code "A1" (first at nodes[0].children[0])',
    ]);
  });
});
