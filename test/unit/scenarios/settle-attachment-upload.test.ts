import { describe, expect, it } from 'vitest';
import type { Logger } from '#functions/services/ports/logger.ts';
import type { AttachmentUploadRecord } from '#functions/services/ports/scenario-attachments.ts';
import { scenarioObjectKey, stagingObjectKey } from '#functions/services/scenarios/attachment-files.ts';
import { settleAttachmentUpload } from '#functions/services/scenarios/settle-attachment-upload.ts';

const UAI = '0861234A';
const SCENARIO = '0f8e2c9a-1b2c-4d5e-8f90-123456789abc';
const UPLOAD = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const OBJECT = scenarioObjectKey(UAI, 'ga', SCENARIO, UPLOAD);
const STAGING = stagingObjectKey(OBJECT);
const PDF = new TextEncoder().encode('%PDF-1.4 sujet');

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger;

/** A bucket and a store in memory, recording what the handler did to them. */
function world(claimed = false) {
  const objects = new Map<string, Uint8Array>([[STAGING, PDF]]);
  const done: string[] = [];
  const upload: AttachmentUploadRecord = {
    id: UPLOAD,
    name: 'sujet.pdf',
    size: PDF.length,
    diploma: 'ga',
    objectKey: OBJECT,
    status: 'pending',
    reason: null,
    createdAt: '',
    expiresAt: 0,
  };
  let pending: AttachmentUploadRecord | null = upload;
  const deps = {
    now: () => 1_000_000,
    files: {
      size: async (_bucket: string, key: string) => objects.get(key)?.length ?? null,
      readStart: async (_bucket: string, key: string, length: number) => objects.get(key)?.slice(0, length) ?? null,
      copy: async (_bucket: string, from: string, to: string) => void (done.push(`copy ${from} → ${to}`), objects.set(to, objects.get(from)!)),
      remove: async (_bucket: string, key: string) => void (done.push(`remove ${key}`), objects.delete(key)),
    },
    scenarioAttachments: {
      getUpload: async () => pending,
      claimUpload: async () => !claimed,
      list: async () => ({ attachments: pending ? [] : [{ id: UPLOAD, name: 'sujet.pdf', size: PDF.length, uploadedAt: '', objectKey: OBJECT }], uploads: [] }),
      settle: async () => ((pending = null), done.push('settle'), 'settled' as const),
      reject: async () => (done.push('reject'), true),
      fileObject: async () => null,
    },
  };
  return { deps: deps as never, objects, done };
}

const event = (key: string, eventName = 'ObjectCreated:Post') => ({ key, size: PDF.length, eventName });

describe('settling an attachment posted to its staging key', () => {
  it('copies the file to its object, settles it, then deletes the staging file', async () => {
    const { deps, objects, done } = world();
    expect(await settleAttachmentUpload(deps, silent, event(STAGING))).toBe('settled');
    expect(done).toEqual([`copy ${STAGING} → ${OBJECT}`, 'settle', `remove ${STAGING}`]);
    expect([...objects.keys()]).toEqual([OBJECT]);
  });

  it('leaves the file to the delivery that claimed the upload, touching nothing', async () => {
    const { deps, done } = world(true);
    expect(await settleAttachmentUpload(deps, silent, event(STAGING))).toBe('ignored');
    expect(done).toEqual([]);
  });

  it('only deletes the staging file of an upload settled already, whatever it holds now', async () => {
    const { deps, objects, done } = world();
    await settleAttachmentUpload(deps, silent, event(STAGING));
    objects.set(STAGING, new TextEncoder().encode('%PDF-1.4 autre'));
    done.length = 0;
    expect(await settleAttachmentUpload(deps, silent, event(STAGING))).toBe('already-settled');
    expect(done).toEqual([`remove ${STAGING}`]);
    expect(objects.get(OBJECT)).toEqual(PDF);
  });

  it('ignores copies and never deletes an object on its own event', async () => {
    const { deps, done } = world();
    expect(await settleAttachmentUpload(deps, silent, event(OBJECT, 'ObjectCreated:Copy'))).toBe('ignored');
    expect(await settleAttachmentUpload(deps, silent, event(OBJECT))).toBe('ignored');
    expect(done).toEqual([]);
  });
});
