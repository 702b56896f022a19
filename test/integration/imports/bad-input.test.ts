import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { MAX_IMPORT_BYTES } from '#shared/domain/limits.ts';
import { BUCKETS } from '#infra/definitions/buckets.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { importFiles, uploadForAnalysis } from '../support/imports.ts';
import { generateEstablishment } from '#infra/ops/siecle-generator.ts';
import { siecleFixtureFor } from '../../support/siecle-fixtures.ts';
import { expectExactPolicy, expectRefused, postForm } from '../support/presigned.ts';

const stack = useStack();

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
    expect(await rejected('eleves', 'eleves.xml', siecleFixtureFor('dossiersco/eleves_avec_adresse_simple.xml', uai))).toMatch(/mal formé|XML/i);
  });

  it('refuses a learners file re-saved in UTF-8 that still says ISO-8859-15, before it garbles names and logins', async () => {
    const latin9 = generateEstablishment({ uai, learners: 3, teachers: 2, seed: 3 }).eleves;
    const resaved = new TextEncoder().encode(new TextDecoder('iso-8859-15').decode(latin9));
    expect(new TextDecoder().decode(resaved)).toMatch(/encoding="ISO-8859-15"[\s\S]*[^\x00-\x7f]/);

    expect(await rejected('eleves', 'ElevesSansAdresses.xml', resaved)).toMatch(/indique être en « ISO-8859-15 » mais il est enregistré en UTF-8/);
  });

  it('refuses an empty file when the run is opened, with the clear « vide » message naming it', async () => {
    const answer = await admin.client.call('POST', '/api/imports', {
      token: admin.token,
      body: { files: [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', size: 0 }] },
    });

    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'FILE_EMPTY', message: expect.stringMatching(/est vide/) });
    expect(answer.body.error.details).toEqual([{ field: 'files.0.size', message: expect.stringContaining('Le fichier « ElevesSansAdresses.xml » est vide.') }]);
  });

  it('refuses an empty upload at S3, whose signed policy wants at least one byte (the analysis would say FILE_EMPTY)', async () => {
    const refused = await uploadForAnalysis(admin.client, admin.token, [
      { slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: new Uint8Array(0), declaredSize: 10 },
    ]).catch((error: Error) => error);

    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/EntityTooSmall/);
  });

  it('refuses a file of the wrong kind for its slot', async () => {
    expect(await rejected('eleves', 'ResponsablesAvecAdresses.xml', siecleFixtureFor('dossiersco/responsables_avec_adresses_simple.xml', uai))).toMatch(
      /responsables/i,
    );
  });

  it('refuses a zip holding two XML files', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<BEE_ELEVES/>');
    zip.file('b.xml', '<BEE_ELEVES/>');
    expect(await rejected('eleves', 'ElevesSansAdresses.zip', await zip.generateAsync({ type: 'uint8array' }))).toMatch(/zip|archive/i);
  });

  it('refuses an upload over 50 MB', async () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1024).fill(0x20);
    const run = await uploadForAnalysis(admin.client, admin.token, [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', bytes: huge }]).catch(
      (error: Error) => error,
    );
    // The presigned policy refuses it at S3 (and at the emulator's gate); the analysis would refuse it too.
    if (run instanceof Error) expect(run.message).toMatch(/EntityTooLarge|400/);
    else expect(run.files[0]!.errors[0]!.message).toMatch(/50 Mo/);
  }, 60_000);

  it('signs each file’s form for its own key, up to 50 MB, as opaque bytes, and S3 holds to it', async () => {
    const signedAt = Date.now();
    const started = await admin.client.call('POST', '/api/imports', {
      token: admin.token,
      body: { files: [{ slot: 'eleves', fileName: 'ElevesSansAdresses.xml', size: 10 }] },
    });
    expect(started.status, started.text).toBe(201);
    const { upload } = started.body.uploads[0];
    const key = `${uai}/imports/${started.body.importId}/upload/eleves`;
    expectExactPolicy(upload, {
      bucket: BUCKETS.imports.localName,
      key,
      minBytes: 1,
      maxBytes: MAX_IMPORT_BYTES,
      contentType: 'application/octet-stream',
      signedAt,
    });

    const bytes = new TextEncoder().encode('<BEE_ELEVES/>');
    await expectRefused(await postForm(upload, 'eleves.xml', bytes, { key: `${uai}/imports/${started.body.importId}/upload/sts` }), 403, 'AccessDenied');
    await expectRefused(await postForm(upload, 'eleves.xml', bytes, { 'Content-Type': 'text/html' }), 403, 'AccessDenied');
    await expectRefused(await postForm(upload, 'eleves.xml', new Uint8Array()), 400, 'EntityTooSmall');
  });

  it('imports a file with a duplicate INE, warning about it', async () => {
    const run = await uploadForAnalysis(admin.client, admin.token, [
      { slot: 'eleves', fileName: 'eleves.xml', bytes: siecleFixtureFor('pix/siecle-with-duplicate-national-student-id.xml', uai) },
    ]);
    expect(run.status).toBe('analysed');
    expect(run.warnings.map((warning) => warning.message).join(' ')).toMatch(/INE/);
  });
});
