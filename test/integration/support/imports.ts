import { expect } from 'vitest';
import type { ImportRun, ImportSlot } from '#shared/api/schemas/import.ts';
import type { Client } from './http.ts';

export interface UploadFile {
  slot: ImportSlot;
  fileName: string;
  bytes: Uint8Array;
  /** The size announced when the run is opened, when it must differ from the bytes sent. */
  declaredSize?: number;
}

/** Polls a run until it leaves the given statuses (the S3 event runs asynchronously). */
export async function waitForRun(client: Client, token: string, importId: string, whileStatus: ImportRun['status'][], timeoutMs = 60_000): Promise<ImportRun> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await client.call<ImportRun>('GET', `/api/imports/${importId}`, { token });
    expect(answer.status).toBe(200);
    if (!whileStatus.includes(answer.body.status)) return answer.body;
    if (Date.now() > deadline) throw new Error(`import ${importId} still ${answer.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the browser does: open a run, POST each file to its presigned S3 form, wait for the analysis. */
export async function uploadForAnalysis(client: Client, token: string, files: UploadFile[]): Promise<ImportRun> {
  const started = await client.call('POST', '/api/imports', {
    token,
    body: { files: files.map(({ slot, fileName, bytes, declaredSize }) => ({ slot, fileName, size: declaredSize ?? bytes.length })) },
  });
  expect(started.status, started.text).toBe(201);
  for (const file of files) {
    const { upload } = started.body.uploads.find((entry: { slot: string }) => entry.slot === file.slot);
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields as Record<string, string>)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(file.bytes)]), file.fileName);
    const sent = await fetch(upload.url, { method: 'POST', body: form });
    expect(sent.status, await sent.text()).toBeLessThan(300);
  }
  return waitForRun(client, token, started.body.importId, ['waiting-files', 'analysing']);
}

/** Confirms an analysed run and waits for the import to end. */
export async function confirmAndWait(client: Client, token: string, importId: string): Promise<ImportRun> {
  const confirmed = await client.call('POST', `/api/imports/${importId}/confirm`, { token });
  expect(confirmed.status, confirmed.text).toBe(202);
  return waitForRun(client, token, importId, ['importing']);
}

/** Analyse then import; the run must be accepted. */
export async function importFiles(client: Client, token: string, files: UploadFile[]): Promise<ImportRun> {
  const analysed = await uploadForAnalysis(client, token, files);
  expect(analysed.status, JSON.stringify({ errors: analysed.errors, files: analysed.files })).toBe('analysed');
  const done = await confirmAndWait(client, token, analysed.importId);
  expect(done.status, JSON.stringify(done.errors)).toBe('imported');
  return done;
}
