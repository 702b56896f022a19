import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { MAX_IMPORT_BYTES } from '#shared/domain/limits.ts';
import { BUCKETS } from '#infra/definitions/buckets.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { importFiles, uploadForAnalysis } from '../support/imports.ts';
import { generateEstablishment } from '../../support/siecle-generator.ts';
import { expectExactPolicy, expectRefused, postForm } from '../support/presigned.ts';

const stack = useStack();
const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/siecle');

/** A real fixture with its UAI replaced by this test's establishment (UAIs are ASCII in Latin-9 too). */
async function fixture(path: string, uai: string): Promise<Uint8Array> {
  const text = (await readFile(resolve(FIXTURES, path))).toString('latin1');
  return new Uint8Array(Buffer.from(text.replace(/<UAJ>[^<]*<\/UAJ>/, `<UAJ>${uai}</UAJ>`), 'latin1'));
}

describe('bad files are refused with a French reason, and nothing is written', () => {
  let uai: string;
  let admin: Awaited<ReturnType<typeof newMember>>;

  beforeAll(async () => {
    ({ uai } = await newEstablishment());
    admin = await newMember(stack.url, uai, 'admin');
    const school = generateEstablishment({ uai, learners: 3, teachers: 2, seed: 3 });
    await importFiles(admin.client, admin.token, [{ slot: 'sts', fileName: 'sts_emp.xml', bytes: school.sts }]);
  });

  async function rejected(slot: 'sts' | 'eleves' | 'responsables', fileName: string, bytes: Uint8Array) {
    const usersBefore = (await dependencies().users.listByProfile(uai, ['apprenant', 'parent', 'enseignant'])).length;
    const run = await uploadForAnalysis(admin.client, admin.token, [{ slot, fileName, bytes }]);
    expect(run.status).toBe('rejected');
    expect((await dependencies().users.listByProfile(uai, ['apprenant', 'parent', 'enseignant'])).length).toBe(usersBefore);
    const problems = [...run.errors, ...run.files.flatMap((file) => file.errors)];
    expect(problems.length).toBeGreaterThan(0);
    return problems.map((problem) => problem.message).join(' | ');
  }

  it('refuses another establishment’s file, naming both UAIs', async () => {
    const other = generateEstablishment({ uai: '0999999Z', learners: 2, teachers: 1, seed: 4 });
    expect(await rejected('eleves', 'ElevesSansAdresses.xml', other.eleves)).toMatch(/0999999Z.*\b/);
  });

  it('refuses a file that is not XML', async () => {
    expect(await rejected('eleves', 'ElevesSansAdresses.xml', new Uint8Array(Buffer.from('%PDF-1.4 not a siecle export')))).toMatch(/XML|fichier/i);
  });

  it('refuses the real not-well-formed SIECLE sample', async () => {
    expect(await rejected('eleves', 'eleves.xml', await fixture('dossiersco/eleves_avec_adresse_simple.xml', uai))).toMatch(/mal formé|XML/i);
  });

  it('refuses a file of the wrong kind for its slot', async () => {
    expect(await rejected('eleves', 'ResponsablesAvecAdresses.xml', await fixture('dossiersco/responsables_avec_adresses_simple.xml', uai))).toMatch(/responsables/i);
  });

  it('refuses a zip holding two XML files', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<BEE_ELEVES/>');
    zip.file('b.xml', '<BEE_ELEVES/>');
    expect(await rejected('eleves', 'ElevesSansAdresses.zip', await zip.generateAsync({ type: 'uint8array' }))).toMatch(/zip|archive/i);
  });

  it('refuses an upload over 50 MB', async () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1024).fill(0x20);
    const run = await uploadForAnalysis(admin.client, admin.token, [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: huge }]).catch((error: Error) => error);
    // The presigned policy refuses it at S3 (and at the emulator's gate); the analysis would refuse it too.
    if (run instanceof Error) expect(run.message).toMatch(/EntityTooLarge|400/);
    else expect(run.files[0]!.errors[0]!.message).toMatch(/50 Mo/);
  }, 60_000);

  it('signs each file’s form for its own key, up to 50 MB, as opaque bytes, and S3 holds to it', async () => {
    const signedAt = Date.now();
    const started = await admin.client.call('POST', '/api/imports', { token: admin.token, body: { files: [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', size: 10 }] } });
    expect(started.status, started.text).toBe(201);
    const { upload } = started.body.uploads[0];
    const key = `${uai}/imports/${started.body.importId}/upload/eleves`;
    expectExactPolicy(upload, { bucket: BUCKETS.imports.localName, key, minBytes: 1, maxBytes: MAX_IMPORT_BYTES, contentType: 'application/octet-stream', signedAt });

    const bytes = new TextEncoder().encode('<BEE_ELEVES/>');
    await expectRefused(await postForm(upload, 'eleves.xml', bytes, { key: `${uai}/imports/${started.body.importId}/upload/sts` }), 403, 'AccessDenied');
    await expectRefused(await postForm(upload, 'eleves.xml', bytes, { 'Content-Type': 'text/html' }), 403, 'AccessDenied');
    await expectRefused(await postForm(upload, 'eleves.xml', new Uint8Array()), 400, 'EntityTooSmall');
  });

  it('imports a file with a duplicate INE, warning about it', async () => {
    const run = await uploadForAnalysis(admin.client, admin.token, [{ slot: 'eleves', fileName: 'eleves.xml', bytes: await fixture('pix/siecle-with-duplicate-national-student-id.xml', uai) }]);
    expect(run.status).toBe('analysed');
    expect(run.warnings.map((warning) => warning.message).join(' ')).toMatch(/INE/);
  });
});
