import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_XML_BYTES } from '#functions/services/import/siecle/index.ts';
import { codes, errorsOf, fileOf, fixture, parse, PIX_UAI, utf8, zipOf } from './support.ts';

const PIX = { expectedUai: PIX_UAI, today: '2019-09-15' };
const twoStudents = () => fixture('pix/siecle-with-two-valid-students.xml');

describe('SIECLE upload container', () => {
  it('reads a zip holding one XML entry, whatever its name and folder, ignoring __MACOSX and dot-files', async () => {
    const zip = await zipOf({
      'export/ExportXML_ElevesSansAdresses.xml': twoStudents(),
      '__MACOSX/export/._ExportXML_ElevesSansAdresses.xml': 'resource fork',
      '.DS_Store': 'finder',
      'export/LISEZMOI.txt': 'notes',
    });

    const result = await parse(zip, 'ExportXML_ElevesSansAdresses.zip', PIX);

    expect(fileOf(result, 'eleves').learners.map((learner) => learner.eleveId)).toEqual(['0001', '0002']);
  });

  it('accepts upper-case extensions and a Windows path as the file name', async () => {
    const result = await parse(await zipOf({ 'a.XML': twoStudents() }), 'C:\\fakepath\\ELEVES.ZIP', PIX);

    expect(result.ok).toBe(true);
  });

  it('refuses a zip without any XML entry, listing what it holds', async () => {
    const result = await parse(await zipOf({ 'eleves.csv': 'a;b', '__MACOSX/._eleves.xml': 'x' }), 'eleves.zip', PIX);

    const [error] = errorsOf(result);
    expect(error).toMatchObject({
      code: 'ZIP_NO_XML',
      message: expect.stringContaining('« eleves.zip » ne contient aucun fichier .xml'),
      detail: 'Contenu : eleves.csv',
    });
  });

  it('refuses a zip with two XML entries, naming them', async () => {
    const result = await parse(await zipOf({ 'ElevesSansAdresses.xml': twoStudents(), 'ResponsablesAvecAdresses.xml': twoStudents() }), 'exports.zip', PIX);

    const [error] = errorsOf(result);
    expect(error?.code).toBe('ZIP_SEVERAL_XML');
    expect(error?.message).toContain('ElevesSansAdresses.xml, ResponsablesAvecAdresses.xml');
  });

  it('refuses a zip inside the zip', async () => {
    const inner = await zipOf({ 'ElevesSansAdresses.xml': twoStudents() });

    const result = await parse(await zipOf({ 'ElevesSansAdresses.zip': inner }), 'exports.zip', PIX);

    expect(errorsOf(result)[0]).toMatchObject({ code: 'ZIP_NESTED', message: expect.stringContaining('une autre archive (ElevesSansAdresses.zip)') });
  });

  it('refuses a password-protected zip', async () => {
    const zip = setEncryptedFlag(await zipOf({ 'ElevesSansAdresses.xml': twoStudents() }));

    const result = await parse(zip, 'eleves.zip', PIX);

    expect(errorsOf(result)[0]).toMatchObject({ code: 'ZIP_ENCRYPTED', message: expect.stringContaining('protégée par un mot de passe') });
  });

  it('refuses a .zip that is not a zip, and a damaged zip', async () => {
    const notZip = await parse(twoStudents(), 'eleves.zip', PIX);
    const damaged = await parse((await zipOf({ 'ElevesSansAdresses.xml': twoStudents() })).slice(0, 200), 'eleves.zip', PIX);

    expect(codes(errorsOf(notZip))).toEqual(['ZIP_INVALID']);
    expect(errorsOf(notZip)[0]?.message).toContain('n’est pas une archive ZIP valide');
    expect(codes(errorsOf(damaged))).toEqual(['ZIP_INVALID']);
  });

  it('refuses a .xml that is really a zip, a PDF or an Excel file', async () => {
    const zip = await parse(await zipOf({ 'ElevesSansAdresses.xml': twoStudents() }), 'ElevesSansAdresses.xml', PIX);
    const pdf = await parse(utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), 'ElevesSansAdresses.xml', PIX);
    const xls = await parse(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'eleves.xml', PIX);
    const text = await parse(utf8('NOM;PRENOM\nDUPONT;Marie\n'), 'eleves.xml', PIX);

    expect(errorsOf(zip)[0]).toMatchObject({ code: 'FILE_TYPE', message: expect.stringContaining('porte l’extension .xml mais c’est une archive') });
    expect(errorsOf(pdf)[0]).toMatchObject({ code: 'FILE_TYPE', message: expect.stringContaining('est un document PDF') });
    expect(errorsOf(xls)[0]).toMatchObject({ code: 'FILE_TYPE', message: expect.stringContaining('document Excel ou Word') });
    expect(errorsOf(text)[0]).toMatchObject({ code: 'FILE_TYPE', message: expect.stringContaining('ne contient pas du XML') });
  });

  it('refuses other extensions and empty files', async () => {
    for (const name of ['eleves.csv', 'eleves.xlsx', 'eleves.pdf', 'eleves', 'eleves.xml.txt']) {
      expect(errorsOf(await parse(twoStudents(), name, PIX))[0]?.code, name).toBe('FILE_TYPE');
    }
    expect(errorsOf(await parse(new Uint8Array(0), 'eleves.xml', PIX))[0]).toMatchObject({
      code: 'FILE_EMPTY',
      message: expect.stringContaining('« eleves.xml » est vide'),
    });
  });

  it('refuses an XML over 200 MB without reading it', async () => {
    const huge = new Uint8Array(MAX_XML_BYTES + 1);
    huge[0] = 0x3c;

    const result = await parse(huge, 'eleves.xml', PIX);

    expect(errorsOf(result)[0]).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('dépasse 200 Mo') });
  });

  describe('zip bombs', () => {
    let bomb: Uint8Array;

    beforeAll(async () => {
      // 300 MB of zeros deflate to about 300 KB; the zeros are never written, so memory stays low.
      bomb = await zipOf({ 'ElevesSansAdresses.xml': new Uint8Array(300 * 1024 * 1024) }, 9);
    }, 60_000);

    it('refuses an archive whose declared content passes the cap, without inflating it', async () => {
      const started = performance.now();

      const result = await parse(bomb, 'eleves.zip', PIX);

      expect(performance.now() - started).toBeLessThan(2_000);
      expect(errorsOf(result)[0]).toMatchObject({ code: 'ZIP_TOO_LARGE', detail: expect.stringContaining('annoncée : 314572800 octets') });
    });

    it('stops inflating as soon as the cap is passed when the archive lies about its size', async () => {
      const liar = declareUncompressedSize(bomb, 1_000);
      const started = performance.now();

      const result = await parse(liar, 'eleves.zip', PIX);

      expect(performance.now() - started).toBeLessThan(2_000);
      const [error] = errorsOf(result);
      expect(error?.code).toBe('ZIP_TOO_LARGE');
      // The cap is 100 × the archive (about 30 MB): inflation stopped far before 300 MB.
      const seen = Number(error?.detail?.match(/après (\d+) octets/)?.[1]);
      expect(seen).toBeGreaterThan(100 * liar.length);
      expect(seen).toBeLessThan(100 * liar.length + 20 * 1024 * 1024);
    });
  });
});

/** Offsets of the central directory headers and of the local headers they point to. */
function headers(zip: Uint8Array): { central: number[]; local: number[] } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const central: number[] = [];
  const local: number[] = [];
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < view.getUint16(end + 10, true); entry++) {
    central.push(offset);
    local.push(view.getUint32(offset + 42, true));
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { central, local };
}

/** Sets the "encrypted" bit of every entry, as a password-protected archive has. */
function setEncryptedFlag(zip: Uint8Array): Uint8Array {
  const copy = zip.slice();
  const { central, local } = headers(copy);
  for (const offset of local) copy[offset + 6]! |= 1;
  for (const offset of central) copy[offset + 8]! |= 1;
  return copy;
}

/** Rewrites the uncompressed size every header announces (a forged archive). */
function declareUncompressedSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const { central, local } = headers(copy);
  for (const offset of local) view.setUint32(offset + 22, size, true);
  for (const offset of central) view.setUint32(offset + 24, size, true);
  return copy;
}

// Keeps the helpers honest: a forged size must still load as a zip.
describe('zip forging helpers', () => {
  it('change only the announced size', async () => {
    const zip = await zipOf({ 'a.xml': '<a/>' });
    const forged = declareUncompressedSize(zip, 1);

    const entry = (await JSZip.loadAsync(forged)).file('a.xml') as unknown as { _data: { uncompressedSize: number } };

    expect(entry._data.uncompressedSize).toBe(1);
  });
});
