import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentClient } from '#functions/adapters/store/dynamo.ts';
import { keys } from '#functions/adapters/store/keys.ts';
import { tableName } from '#functions/adapters/store/table.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { BUCKETS } from '#infra/definitions/buckets.ts';
import { useStack } from '../support/stack.ts';
import { newMember } from '../support/people.ts';
import { scenarioForm, teachingSpace } from './support.ts';
import { expectExactPolicy, expectRefused, postForm, type SignedUpload } from '../support/presigned.ts';

const stack = useStack();

type Call = Awaited<ReturnType<typeof teachingSpace>>['asAuthor'];

const pdf = (text = 'Sujet de l’épreuve') => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** What the browser does: ask for the form, POST the file to S3, then wait until the S3 event settled it. */
async function attach(call: Call, scenarioId: string, name: string, bytes: Uint8Array) {
  const asked = await call('POST', `/api/scenarios/${scenarioId}/pieces-jointes`, { name, size: bytes.length });
  expect(asked.status, asked.text).toBe(201);
  const { uploadId, upload } = asked.body;
  const sent = await postForm(upload, name, bytes);
  expect(sent.status, await sent.text()).toBeLessThan(300);
  const scenario = await settled(call, scenarioId, uploadId);
  return { uploadId, scenario, upload: upload as SignedUpload };
}

async function download(call: Call, scenarioId: string, attachmentId: string) {
  const link = await call('GET', `/api/scenarios/${scenarioId}/pieces-jointes/${attachmentId}`);
  expect(link.status, link.text).toBe(200);
  return new Uint8Array(await (await fetch(link.body.url)).arrayBuffer());
}

/** Polls the scenario until the upload is no longer pending (the S3 event runs asynchronously). */
async function settled(call: Call, scenarioId: string, uploadId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const read = await call('GET', `/api/scenarios/${scenarioId}`);
    expect(read.status).toBe(200);
    const pending = read.body.uploads.some((upload: { id: string; status: string }) => upload.id === uploadId && upload.status === 'pending');
    if (!pending) return read.body;
    if (Date.now() > deadline) throw new Error(`upload ${uploadId} still pending`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function counter(uai: string, diploma = 'ga') {
  const [usage] = (await dependencies().storageUsage.list(uai)).filter((entry) => entry.diploma === diploma);
  const { reservedBytes } = await dependencies().scenarioAttachments.usage(uai, diploma);
  return { scenarioBytes: usage?.scenarioBytes ?? 0, reservedBytes };
}

async function objectExists(key: string) {
  return (await dependencies().files.size('files', key)) !== null;
}

/** Waits until the S3 event handler deleted this object. */
async function removed(key: string) {
  const deadline = Date.now() + 20_000;
  while (await objectExists(key)) {
    if (Date.now() > deadline) throw new Error(`${key} still there`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function createScenario(call: Call, fields: Record<string, unknown> = {}) {
  const created = await call('POST', '/api/scenarios', scenarioForm(fields));
  expect(created.status, created.text).toBe(201);
  expect(created.body).toMatchObject({ attachments: [], uploads: [] });
  return created.body.id as string;
}

async function setQuota(uai: string, bytes: number) {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.establishment(uai),
      UpdateExpression: 'SET quotas = :quotas',
      ExpressionAttributeValues: { ':quotas': { ga: bytes } },
    }),
  );
}

describe('Gestion des scénarios: attachments', () => {
  it('uploads a pdf through the presigned form, lists it, counts it in the quota and serves it back', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const bytes = pdf();

    const { uploadId, scenario } = await attach(asAuthor, id, 'Sujet épreuve.pdf', bytes);

    expect(scenario.attachments).toEqual([{ id: uploadId, name: 'Sujet épreuve.pdf', size: bytes.length, uploadedAt: expect.any(String) }]);
    expect(scenario.uploads).toEqual([]);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });
    const admin = await newMember(stack.url, uai, 'admin');
    const subscription = await admin.client.call('GET', '/api/abonnement', { token: admin.token });
    expect(subscription.body.storage.find((entry: { diploma: string }) => entry.diploma === 'ga')).toMatchObject({ scenarioBytes: bytes.length });

    const link = await asAuthor('GET', `/api/scenarios/${id}/pieces-jointes/${uploadId}`);
    expect(link.status).toBe(200);
    expect(link.body.fileName).toBe('Sujet épreuve.pdf');
    const served = await fetch(link.body.url);
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
    expect(served.headers.get('content-disposition')).toContain("filename*=UTF-8''Sujet%20%C3%A9preuve.pdf");
  });

  it('accepts a real zip and lists its name and size in the .docx export', async () => {
    const { asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const zip = await new JSZip().file('annexe.txt', 'Annexe').generateAsync({ type: 'uint8array' });

    const { scenario } = await attach(asAuthor, id, 'annexes.zip', zip);
    expect(scenario.attachments.map((attachment: { name: string }) => attachment.name)).toEqual(['annexes.zip']);

    const exported = await asAuthor('GET', `/api/scenarios/${id}/export.docx`);
    const document = await (await JSZip.loadAsync(Buffer.from(exported.body.contentBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(document).toContain('annexes.zip (');
  });

  it('refuses a .pdf that is really text: the file is deleted, the reservation released, the reason shown', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const text = new TextEncoder().encode('Ceci est un simple texte, pas un PDF.');

    const { uploadId, scenario } = await attach(asAuthor, id, 'faux.pdf', text);

    expect(scenario.attachments).toEqual([]);
    expect(scenario.uploads).toEqual([
      { id: uploadId, name: 'faux.pdf', size: text.length, status: 'rejected', reason: expect.stringContaining('n’est pas un vrai fichier PDF ou zip') },
    ]);
    expect(await counter(uai)).toEqual({ scenarioBytes: 0, reservedBytes: 0 });
    expect(await objectExists(`${uai}/files/ga/scenarios/${id}/${uploadId}`)).toBe(false);

    // The author dismisses the refusal.
    expect((await asAuthor('DELETE', `/api/scenarios/${id}/pieces-jointes/${uploadId}`)).status).toBe(200);
    expect((await asAuthor('GET', `/api/scenarios/${id}`)).body.uploads).toEqual([]);
  });

  it('refuses other extensions and files over 20 Mo before signing anything', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);

    const exe = await asAuthor('POST', `/api/scenarios/${id}/pieces-jointes`, { name: 'outil.exe', size: 100 });
    expect(exe.status).toBe(400);
    expect(exe.body.error.message).toContain('Seuls les fichiers .zip et .pdf');
    const huge = await asAuthor('POST', `/api/scenarios/${id}/pieces-jointes`, { name: 'gros.pdf', size: 20 * 1024 * 1024 + 1 });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toContain('20 Mo');
    expect(await counter(uai)).toEqual({ scenarioBytes: 0, reservedBytes: 0 });
  });

  it('refuses an upload over the diploma’s quota in French, with nothing written', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const bytes = pdf();
    await setQuota(uai, bytes.length + 10);
    await attach(asAuthor, id, 'premier.pdf', bytes);

    const refused = await asAuthor('POST', `/api/scenarios/${id}/pieces-jointes`, { name: 'second.pdf', size: bytes.length });

    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'QUOTA_EXCEEDED',
      message: expect.stringMatching(/^Le quota de pièces jointes du Bac Pro Gestion-Administration .* il reste 10 o\./),
    });
    const after = await asAuthor('GET', `/api/scenarios/${id}`);
    expect(after.body.attachments.map((attachment: { name: string }) => attachment.name)).toEqual(['premier.pdf']);
    expect(after.body.uploads).toEqual([]);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });
  });

  it('lets only the author add or delete attachments; colleagues of a public scenario download them', async () => {
    const { asAuthor, asColleague } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor, { visibility: 'public' });
    const { uploadId } = await attach(asAuthor, id, 'sujet.pdf', pdf());

    const add = await asColleague('POST', `/api/scenarios/${id}/pieces-jointes`, { name: 'intrus.pdf', size: 10 });
    expect(add.status).toBe(403);
    expect(add.body.error.code).toBe('SCENARIO_NOT_AUTHOR');
    const remove = await asColleague('DELETE', `/api/scenarios/${id}/pieces-jointes/${uploadId}`);
    expect(remove.status).toBe(403);
    const link = await asColleague('GET', `/api/scenarios/${id}/pieces-jointes/${uploadId}`);
    expect(link.status).toBe(200);
    expect((await fetch(link.body.url)).status).toBe(200);

    const privateId = await createScenario(asAuthor);
    const hidden = await asColleague('GET', `/api/scenarios/${privateId}/pieces-jointes/${uploadId}`);
    expect(hidden.status).toBe(404);
  });

  it('deletes an attachment: its bytes are released and its file removed', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const { uploadId } = await attach(asAuthor, id, 'sujet.pdf', pdf());
    const key = `${uai}/files/ga/scenarios/${id}/${uploadId}`;
    expect(await objectExists(key)).toBe(true);

    expect((await asAuthor('DELETE', `/api/scenarios/${id}/pieces-jointes/${uploadId}`)).status).toBe(200);

    expect((await asAuthor('GET', `/api/scenarios/${id}`)).body.attachments).toEqual([]);
    expect(await counter(uai)).toEqual({ scenarioBytes: 0, reservedBytes: 0 });
    expect(await objectExists(key)).toBe(false);
    expect((await asAuthor('DELETE', `/api/scenarios/${id}/pieces-jointes/${uploadId}`)).status).toBe(404);
  });

  it('duplicates with shared attachments: counted once, the file survives until its last scenario goes', async () => {
    const { uai, asAuthor, asColleague } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor, { visibility: 'public' });
    const bytes = pdf();
    const { uploadId } = await attach(asAuthor, id, 'sujet.pdf', bytes);
    const key = `${uai}/files/ga/scenarios/${id}/${uploadId}`;

    const copy = await asColleague('POST', `/api/scenarios/${id}/duplicate`, { title: 'Ma version', level: '2BPRO3', attachments: 'shared' });
    expect(copy.status, copy.text).toBe(201);
    expect(copy.body.attachments).toEqual([{ id: expect.any(String), name: 'sujet.pdf', size: bytes.length, uploadedAt: expect.any(String) }]);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });

    expect((await asAuthor('DELETE', `/api/scenarios/${id}`)).status).toBe(200);
    expect(await objectExists(key)).toBe(true);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });
    const link = await asColleague('GET', `/api/scenarios/${copy.body.id}/pieces-jointes/${copy.body.attachments[0].id}`);
    expect(new Uint8Array(await (await fetch(link.body.url)).arrayBuffer())).toEqual(bytes);

    expect((await asColleague('DELETE', `/api/scenarios/${copy.body.id}`)).status).toBe(200);
    expect(await objectExists(key)).toBe(false);
    expect(await counter(uai)).toEqual({ scenarioBytes: 0, reservedBytes: 0 });
  });

  it('duplicates with copied attachments: new files counted again, refused over quota with nothing written', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const bytes = pdf();
    await attach(asAuthor, id, 'sujet.pdf', bytes);

    const copy = await asAuthor('POST', `/api/scenarios/${id}/duplicate`, { title: 'Copie', level: '1BPRO3', attachments: 'copied' });
    expect(copy.status, copy.text).toBe(201);
    expect(await counter(uai)).toEqual({ scenarioBytes: 2 * bytes.length, reservedBytes: 0 });
    const copied = copy.body.attachments[0];
    expect(await objectExists(`${uai}/files/ga/scenarios/${copy.body.id}/${copied.id}`)).toBe(true);
    const link = await asAuthor('GET', `/api/scenarios/${copy.body.id}/pieces-jointes/${copied.id}`);
    expect(new Uint8Array(await (await fetch(link.body.url)).arrayBuffer())).toEqual(bytes);

    await setQuota(uai, 2 * bytes.length + 1);
    const before = (await asAuthor('GET', '/api/scenarios')).body.scenarios.length;
    const refused = await asAuthor('POST', `/api/scenarios/${id}/duplicate`, { title: 'Encore', level: '1BPRO3', attachments: 'copied' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('QUOTA_EXCEEDED_BY_COPY');
    expect(refused.body.error.message).toContain('copie de la pièce jointe');
    expect((await asAuthor('GET', '/api/scenarios')).body.scenarios.length).toBe(before);
    expect(await counter(uai)).toEqual({ scenarioBytes: 2 * bytes.length, reservedBytes: 0 });

    // Deleting the copy releases its own bytes and file only.
    expect((await asAuthor('DELETE', `/api/scenarios/${copy.body.id}`)).status).toBe(200);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });
    const original = await asAuthor('GET', `/api/scenarios/${id}`);
    expect(original.body.attachments.map((attachment: { name: string }) => attachment.name)).toEqual(['sujet.pdf']);
  });

  it('never changes a shared file when its signed form is posted again, whatever is sent', async () => {
    const { uai, asAuthor, asColleague } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor, { visibility: 'public' });
    const bytes = pdf('Sujet original');
    const { uploadId, upload } = await attach(asAuthor, id, 'sujet.pdf', bytes);
    const copy = await asColleague('POST', `/api/scenarios/${id}/duplicate`, { title: 'Ma version', level: '2BPRO3', attachments: 'shared' });
    expect(copy.status, copy.text).toBe(201);
    const { handler } = await import('#functions/events/file-uploaded.ts');

    // Same kind and size, other bytes; then another size and kind: the form is still valid.
    const forged = pdf('Sujet modifié');
    expect(forged.length).toBe(bytes.length);
    const staging = `${uai}/uploads/ga/scenarios/${id}/${uploadId}`;
    for (const other of [forged, new TextEncoder().encode('autre chose')]) {
      const sent = await postForm(upload, 'sujet.pdf', other);
      if (sent.ok) await removed(staging);
    }
    // A delivery for the settled upload only drops the staging file.
    await dependencies().files.write('files', staging, forged, 'application/pdf');
    const again = await handler({
      Records: [{ eventName: 'ObjectCreated:Post', s3: { bucket: { name: 'files' }, object: { key: staging, size: forged.length } } }],
    } as never);
    expect(again.received).toEqual([{ key: staging, outcome: 'already-settled' }]);
    expect(await objectExists(staging)).toBe(false);

    const original = (await asAuthor('GET', `/api/scenarios/${id}`)).body;
    const duplicate = (await asColleague('GET', `/api/scenarios/${copy.body.id}`)).body;
    expect(original.attachments).toEqual([expect.objectContaining({ id: uploadId, name: 'sujet.pdf', size: bytes.length })]);
    expect(duplicate.attachments).toEqual([expect.objectContaining({ name: 'sujet.pdf', size: bytes.length })]);
    expect(await download(asColleague, copy.body.id, duplicate.attachments[0].id)).toEqual(bytes);
    expect(await download(asAuthor, id, uploadId)).toEqual(bytes);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });
  });

  it('signs a form for exactly the declared file, which S3 holds to', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const bytes = pdf();
    const signedAt = Date.now();
    const asked = await asAuthor('POST', `/api/scenarios/${id}/pieces-jointes`, { name: 'sujet.pdf', size: bytes.length });
    expect(asked.status, asked.text).toBe(201);
    const upload = asked.body.upload as SignedUpload;
    const key = `${uai}/uploads/ga/scenarios/${id}/${asked.body.uploadId}`;
    expectExactPolicy(upload, {
      bucket: BUCKETS.files.localName,
      key,
      minBytes: bytes.length,
      maxBytes: bytes.length,
      contentType: 'application/pdf',
      signedAt,
    });

    await expectRefused(await postForm(upload, 'sujet.pdf', pdf('Sujet de l’épreuve, en plus long')), 400, 'EntityTooLarge');
    await expectRefused(await postForm(upload, 'sujet.pdf', bytes, { key: `${uai}/files/ga/scenarios/${id}/${asked.body.uploadId}` }), 403, 'AccessDenied');
    await expectRefused(await postForm(upload, 'sujet.pdf', bytes, { 'Content-Type': 'text/html' }), 403, 'AccessDenied');
    expect(await objectExists(key)).toBe(false);

    const sent = await postForm(upload, 'sujet.pdf', bytes);
    expect(sent.status, await sent.text()).toBeLessThan(300);
    expect((await settled(asAuthor, id, asked.body.uploadId)).attachments).toHaveLength(1);
  });

  it('settles once when S3 delivers the same event twice', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const id = await createScenario(asAuthor);
    const bytes = pdf();
    const { uploadId } = await attach(asAuthor, id, 'sujet.pdf', bytes);
    const key = `${uai}/files/ga/scenarios/${id}/${uploadId}`;

    const { handler } = await import('#functions/events/file-uploaded.ts');
    const again = await handler({
      Records: [{ eventName: 'ObjectCreated:Post', s3: { bucket: { name: 'files' }, object: { key, size: bytes.length } } }],
    } as never);

    expect(again.received).toEqual([{ key, outcome: 'already-settled' }]);
    expect((await asAuthor('GET', `/api/scenarios/${id}`)).body.attachments).toHaveLength(1);
    expect(await counter(uai)).toEqual({ scenarioBytes: bytes.length, reservedBytes: 0 });
  });
});
