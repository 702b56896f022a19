import { describe, expect, it } from 'vitest';
import { codes, eleve, elevesXml, errorsOf, fileOf, latin9, fixture, parse, PIX_UAI, utf8 } from './support.ts';

const PIX = { expectedUai: PIX_UAI, today: '2019-09-15' };
const BOM = [0xef, 0xbb, 0xbf];

describe('SIECLE file decoding', () => {
  it('decodes the Latin-9 bytes SIECLE writes, œ and € included', async () => {
    const xml = elevesXml({ learners: [eleve({ last: 'CŒUR-DE-LION', first: 'Zoé', usage: '' }), eleve({ id: '2', last: 'ŠKODA', first: 'Œdipe€' })] });

    const file = fileOf(await parse(latin9(xml), 'eleves.xml'), 'eleves');

    expect(file.learners.map((learner) => `${learner.lastName} ${learner.firstName}`)).toEqual(['CŒUR-DE-LION Zoé', 'ŠKODA Œdipe€']);
  });

  it('decodes the real Latin-9 samples (é, ç in the Pix file)', async () => {
    const file = fileOf(await parse(fixture('pix/siecle-with-registrations-no-longer-in-school.xml'), 'eleves.xml', PIX), 'eleves');

    expect(file.learners.map((learner) => learner.firstName)).toContain('Grégory');
    expect(file.learners.map((learner) => learner.firstName)).toContain('François');
  });

  it('reads a UTF-8 file with a byte order mark, the BOM winning over the declared encoding', async () => {
    const bomFixture = fixture('pix/siecle-with-bom.xml');
    const withBom = Uint8Array.from([...BOM, ...bomFixture]);
    const lying = Uint8Array.from([...BOM, ...utf8(elevesXml({ learners: [eleve({ first: 'Zoé' })], encoding: 'ISO-8859-15' }))]);

    const parsed = fileOf(await parse(bomFixture, 'eleves.xml', PIX), 'eleves');
    const parsedWithBom = fileOf(await parse(withBom, 'eleves.xml', PIX), 'eleves');

    expect(parsed.learners).toEqual([expect.objectContaining({ eleveId: '0001', lastName: 'COJAUNE', firstName: 'Harry', division: '4A' })]);
    expect(parsedWithBom).toEqual(parsed);
    expect(fileOf(await parse(lying, 'eleves.xml'), 'eleves').learners[0]?.firstName).toBe('Zoé');
  });

  it('reads UTF-8 when no encoding is declared, and honours ISO-8859-1 and windows-1252 declarations', async () => {
    const undeclared = elevesXml({ learners: [eleve({ first: 'Zoé' })] }).replace(' encoding="ISO-8859-15"', '');
    const latin1 = elevesXml({ learners: [eleve({ first: 'Zoé' })], encoding: 'iso-8859-1' });
    const cp1252 = elevesXml({ learners: [eleve({ first: 'Zoé' })], encoding: 'Windows-1252' });

    for (const [bytes, label] of [
      [utf8(undeclared), 'undeclared'],
      [latin9(latin1), 'latin1'],
      [latin9(cp1252), 'cp1252'],
    ] as const) {
      expect(fileOf(await parse(bytes, 'eleves.xml'), 'eleves').learners[0]?.firstName, label).toBe('Zoé');
    }
  });

  it('refuses an encoding it does not know, naming it', async () => {
    const xml = elevesXml({ learners: [eleve({})], encoding: 'x-macthai' });

    const [error] = errorsOf(await parse(latin9(xml), 'eleves.xml'));

    expect(error).toMatchObject({ code: 'ENCODING_UNSUPPORTED', message: expect.stringContaining('« x-macthai »'), detail: 'encoding="x-macthai"' });
  });

  it('refuses invalid UTF-8, giving the line', async () => {
    // Latin-9 bytes in a file that says UTF-8: what a text editor's "save as" produces.
    const xml = latin9(elevesXml({ learners: [eleve({ first: 'Zoé' })], encoding: 'UTF-8' }));
    const line =
      elevesXml({ learners: [eleve({ first: 'Zoé' })] })
        .split('\n')
        .findIndex((text) => text.includes('Zoé')) + 1;

    const [error] = errorsOf(await parse(xml, 'eleves.xml'));

    expect(error?.code).toBe('ENCODING_INVALID');
    expect(error?.message).toContain(`indique être en UTF-8 mais contient des caractères invalides pour cet encodage (ligne ${line})`);
  });

  it('refuses UTF-8 bytes in a file that says ISO-8859-15, naming the garbled letter and its line', async () => {
    // What an editor saving in UTF-8 without touching the prolog produces: read as Latin-9, « Zoé » became « ZoÃ© ».
    const text = elevesXml({ learners: [eleve({ last: 'LEFÈVRE', first: 'Zoé' })] });
    // « È » would become an invisible control character: the message shows the first letter that stays visible.
    const line = text.split('\n').findIndex((row) => row.includes('Zoé')) + 1;

    const errors = errorsOf(await parse(utf8(text), 'eleves.xml'));

    expect(errors).toEqual([
      expect.objectContaining({
        code: 'ENCODING_MISMATCH',
        message: expect.stringContaining(
          `indique être en « ISO-8859-15 » mais il est enregistré en UTF-8 : lu comme il l’indique, « é » deviendrait « Ã© » (ligne ${line})`,
        ),
      }),
    ]);
  });

  it('refuses UTF-8 bytes in a file that says ISO-8859-1 or windows-1252 as well, and keeps reading plain ASCII ones', async () => {
    for (const encoding of ['iso-8859-1', 'windows-1252']) {
      expect(codes(errorsOf(await parse(utf8(elevesXml({ learners: [eleve({ first: 'Zoé' })], encoding })), 'eleves.xml'))), encoding).toEqual([
        'ENCODING_MISMATCH',
      ]);
    }
    expect(fileOf(await parse(utf8(elevesXml({ learners: [eleve({ first: 'Marie' })] })), 'eleves.xml'), 'eleves').learners[0]?.firstName).toBe('Marie');
  });

  it('refuses UTF-16', async () => {
    const [error] = errorsOf(await parse(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]), 'eleves.xml'));

    expect(error?.code).toBe('ENCODING_UNSUPPORTED');
    expect(error?.message).toContain('UTF-16');
  });
});

describe('SIECLE XML safety and well-formedness', () => {
  it('refuses a billion-laughs payload at once, before any expansion', async () => {
    const entities = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('\n');
    const payload = `<?xml version="1.0"?>\n<!DOCTYPE BEE_ELEVES [\n<!ENTITY lol0 "lol">\n${entities}\n]>\n<BEE_ELEVES><PARAMETRES><UAJ>&lol9;</UAJ></PARAMETRES></BEE_ELEVES>`;
    const started = performance.now();

    const [error] = errorsOf(await parse(utf8(payload), 'eleves.xml'));

    expect(performance.now() - started).toBeLessThan(200);
    expect(error).toMatchObject({ code: 'XML_FORBIDDEN_DECLARATION', message: expect.stringContaining('<!DOCTYPE>') });
  });

  it('refuses an ENTITY declaration even without DOCTYPE, and a lower-case doctype', async () => {
    const entity = await parse(utf8('<!ENTITY x "y"><BEE_ELEVES/>'), 'eleves.xml');
    const doctype = await parse(utf8('<!doctype html><BEE_ELEVES/>'), 'eleves.xml');

    expect(codes(errorsOf(entity))).toEqual(['XML_FORBIDDEN_DECLARATION']);
    expect(codes(errorsOf(doctype))).toEqual(['XML_FORBIDDEN_DECLARATION']);
  });

  it('reports the real not-well-formed sample with its line and the parser’s reason', async () => {
    const [error] = errorsOf(await parse(fixture('dossiersco/eleves_avec_adresse_simple.xml'), 'eleves.xml', { expectedUai: '0752387M' }));

    expect(error?.code).toBe('XML_MALFORMED');
    expect(error?.message).toMatch(
      /^Le fichier XML est mal formé \(ligne 139\) : balise fermante inattendue <\/STRUCTURES_ELEVE>, alors que <STRICTURES_ELEVE> ouverte ligne 134 n’est pas fermée\./,
    );
    expect(error?.detail).toContain("Expected closing tag 'STRICTURES_ELEVE'");
  });

  it('reports the real truncated sample as incomplete', async () => {
    const [error] = errorsOf(await parse(fixture('pix/siecle-broken.xml'), 'eleves.xml', PIX));

    expect(error?.code).toBe('XML_TRUNCATED');
    expect(error?.message).toBe(
      'Le fichier XML est incomplet (ligne 4) : il s’arrête avant la fermeture de <PARAMETRES>, <BEE_ELEVES>. Le téléchargement a sans doute été interrompu : téléchargez à nouveau le fichier.',
    );
  });

  it('reports a file cut in the middle of a tag, and two root elements', async () => {
    const cut = elevesXml({ learners: [eleve({})] }).slice(0, 300);
    const twoRoots = '<BEE_ELEVES></BEE_ELEVES>\n<BEE_ELEVES></BEE_ELEVES>';

    expect(codes(errorsOf(await parse(utf8(cut), 'eleves.xml')))).toEqual([expect.stringMatching(/^XML_(TRUNCATED|MALFORMED)$/)]);
    expect(errorsOf(await parse(utf8(twoRoots), 'eleves.xml'))[0]?.message).toContain('(ligne 2) : plusieurs éléments racine');
  });

  it('refuses names that would reach JavaScript prototypes, and absurd nesting', async () => {
    const reserved = await parse(utf8('<BEE_ELEVES><PARAMETRES><UAJ>0861234A</UAJ></PARAMETRES><__proto__><x/></__proto__></BEE_ELEVES>'), 'eleves.xml');
    const deep = await parse(utf8(`<BEE_ELEVES>${'<A>'.repeat(10_000)}${'</A>'.repeat(10_000)}</BEE_ELEVES>`), 'eleves.xml');

    expect(errorsOf(reserved)[0]?.message).toMatch(/^Le fichier XML est mal formé : nom de balise ou d’attribut réservé\./);
    expect(errorsOf(deep)[0]?.message).toMatch(/^Le fichier XML est mal formé : balises imbriquées trop profondément\./);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('decodes the five XML entities and character references, and nothing else', async () => {
    const xml = elevesXml({ learners: [eleve({ last: 'O&apos;NEIL &amp; FILS', first: 'Ma&#235;lle &#x153; &nbsp; &amp;#233;' })] });

    const [learner] = fileOf(await parse(utf8(xml), 'eleves.xml'), 'eleves').learners;

    expect(learner?.lastName).toBe("O'NEIL & FILS");
    expect(learner?.firstName).toBe('Maëlle œ &nbsp; &#233;');
  });

  it('keeps codes as strings, leading zeros included', async () => {
    const xml = elevesXml({
      learners: [eleve({ id: '0042', ine: '070832327JA', mef: '02473000431', sex: '2' })],
      structures: [
        '<STRUCTURES_ELEVE ELEVE_ID="0042"><STRUCTURE><CODE_STRUCTURE>01</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>',
      ],
    });

    const [learner] = fileOf(await parse(utf8(xml), 'eleves.xml'), 'eleves').learners;

    expect(learner).toMatchObject({ eleveId: '0042', mefCode: '02473000431', division: '01', sex: 'F' });
  });
});
