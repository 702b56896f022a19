import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { BUCKETS } from '#infra/definitions/buckets.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();
const run = promisify(execFile);

async function handledEvents(): Promise<Array<{ handler: string; outcome: string; result?: { received?: Array<string | { key: string; outcome: string }> } }>> {
  return (await fetch(`${stack.url}/_local/events`)).json();
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the embedded stack wires events as the cloud does', () => {
  it('runs the import handler when a file lands in the imports bucket', async () => {
    const s3 = new S3Client({ forcePathStyle: true });
    // An upload slot of a run that does not exist: the handler takes it, finds no run, and stops.
    const key = `0000000X/imports/20260101T000000000Z-${Date.now().toString(36).slice(-8).padStart(8, '0')}/upload/eleves`;
    await s3.send(new PutObjectCommand({ Bucket: BUCKETS.imports.localName, Key: key, Body: '<BEE_ELEVES/>' }));
    const run = await waitFor(async () => (await handledEvents()).find((event) => event.handler === 'siecle-import' && event.result?.received?.includes(key)));
    expect(run.outcome).toBe('ok');
  });

  it('runs the attachments handler for the files bucket', async () => {
    const s3 = new S3Client({ forcePathStyle: true });
    const key = `0000000X/files/ga/u1/f1/fiche ${Date.now()}.pdf`;
    await s3.send(new PutObjectCommand({ Bucket: BUCKETS.files.localName, Key: key, Body: '%PDF-1.4' }));
    const run = await waitFor(async () =>
      (await handledEvents()).find(
        (event) => event.handler === 'file-uploaded' && event.result?.received?.some((entry) => typeof entry === 'object' && entry.key === key),
      ),
    );
    expect(run.outcome).toBe('ok');
    // Not a scenario attachment's key: the handler leaves it alone.
    expect(run.result?.received).toEqual([{ key, outcome: 'ignored' }]);
  });

  it('runs the daily job on demand', async () => {
    const answer = await fetch(`${stack.url}/_local/jobs/purge`, { method: 'POST' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ purgedFiches: 0, endedPassportExports: 0, endedBilanExports: 0, releasedUploads: expect.any(Number) });
    expect((await handledEvents())[0]).toMatchObject({ handler: 'purge', outcome: 'ok' });
  });

  it('runs the daily job from npm run job:purge', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cerise-purge-'));
    try {
      const { stdout } = await run('npx', ['tsx', 'infra/local/run-purge.ts'], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });
      expect(stdout).toContain('Tâche quotidienne exécutée');
      expect(stdout).toContain('"purgedFiches":0');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('serves the SPA with a fallback for client-side routes, and 404 for missing assets', async () => {
    const deepLink = await fetch(`${stack.url}/0000000X/accueil`);
    // The stack serves the stand-in build of the global setup: this level needs no web build.
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<html');
    const missing = await fetch(`${stack.url}/_app/immutable/nothing-here.js`);
    expect(missing.status).toBe(404);
  });

  it('serves the SPA under a strict Content-Security-Policy that lets it reach the S3 emulator only', async () => {
    const page = await fetch(`${stack.url}/0000000X/accueil`);
    const s3 = new URL(stack.env.AWS_ENDPOINT_URL_S3!).origin;
    expect(page.headers.get('content-security-policy')?.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob: ${s3}`,
      `connect-src 'self' ${s3}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    // This level serves a stand-in build: that the real build has no inline script, and that its
    // external bootstrap runs under this policy, is the browser's test (test/e2e/platform.test.ts).
  });
});
