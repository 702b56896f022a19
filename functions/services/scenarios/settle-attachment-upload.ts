import { ATTACHMENT_SIGNATURE_BYTES, attachmentRefusal } from '#shared/domain/attachments.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Logger } from '#functions/services/ports/logger.ts';
import type { AttachmentUploadRecord } from '../ports/scenario-attachments.ts';
import { objectKeyOfStaging, parseScenarioObjectKey } from './attachment-files.ts';
import { REFUSAL_SECONDS } from './request-attachment-upload.ts';

type SettleDeps = Pick<Dependencies, 'scenarioAttachments' | 'files' | 'now'>;

export type SettleOutcome = 'ignored' | 'settled' | 'rejected' | 'already-settled' | 'removed';

/** Twice the function's timeout: a delivery that died mid-way lets S3's retry (a minute later) take over. */
const CLAIM_MS = 60 * 1000;

/**
 * The S3 event of an uploaded scenario attachment (functions/events/file-uploaded.ts). The browser
 * posts to a staging key; one delivery claims the pending upload, copies the file to its object and
 * checks that copy: the first bytes (a ranged GET) must be the zip or pdf the name announces and the
 * real size at most the declared one. Then one transaction turns the upload into an attachment and
 * its reservation into used bytes; otherwise the copy is deleted, the reservation released and the
 * refusal kept for the author. The staging file is deleted either way. A delivery for an upload no
 * longer pending (settled, refused, cancelled, or the signed form posted again) only deletes the
 * staging file: an attachment's object, which a duplicate may share, is never written twice.
 */
export async function settleAttachmentUpload(deps: SettleDeps, log: Logger, object: { key: string; size: number; eventName: string }): Promise<SettleOutcome> {
  // Copies are made by this handler and by the duplicate, which record them themselves.
  if (object.eventName.startsWith('ObjectCreated:Copy')) return 'ignored';
  const objectKey = objectKeyOfStaging(object.key);
  if (objectKey === null) {
    // Only this handler and the duplicate write attachments' objects: this is a repeat of theirs, or no attachment.
    const where = parseScenarioObjectKey(object.key);
    return where && (await deps.scenarioAttachments.fileObject(where.uai, object.key)) ? 'already-settled' : 'ignored';
  }
  const { uai, scenarioId, objectId } = parseScenarioObjectKey(objectKey)!;

  const upload = await deps.scenarioAttachments.getUpload(uai, scenarioId, objectId);
  if (upload?.status !== 'pending' || upload.objectKey !== objectKey) {
    await deps.files.remove('files', object.key);
    const files = await deps.scenarioAttachments.list(uai, scenarioId);
    return files.attachments.some((attachment) => attachment.objectKey === objectKey) ? 'already-settled' : 'removed';
  }
  const now = deps.now();
  // Another delivery is settling it; this file arrived before that one ends, which deletes it.
  if (!(await deps.scenarioAttachments.claimUpload(uai, scenarioId, upload.id, now, now + CLAIM_MS))) return 'ignored';
  if ((await deps.files.size('files', object.key)) === null) return 'ignored';
  await deps.files.copy('files', object.key, objectKey);
  try {
    return await settleCopy(deps, log, uai, scenarioId, upload);
  } finally {
    await deps.files.remove('files', object.key);
  }
}

/** Checks the copy in the attachment's object and settles or refuses the upload. */
async function settleCopy(deps: SettleDeps, log: Logger, uai: string, scenarioId: string, upload: AttachmentUploadRecord): Promise<SettleOutcome> {
  const { objectKey } = upload;
  const head = (await deps.files.readStart('files', objectKey, ATTACHMENT_SIGNATURE_BYTES)) ?? new Uint8Array();
  const realSize = (await deps.files.size('files', objectKey)) ?? 0;

  const reason = attachmentRefusal({ name: upload.name, declaredSize: upload.size, realSize, head });
  if (reason) return refuse(deps, log, uai, scenarioId, upload, reason);
  const outcome = await deps.scenarioAttachments.settle(uai, scenarioId, upload, realSize, new Date(deps.now()).toISOString());
  if (outcome === 'settled') {
    log.info('attachment settled', { scenarioId, attachmentId: upload.id, size: realSize });
    return 'settled';
  }
  if (outcome === 'scenario-gone') return refuse(deps, log, uai, scenarioId, upload, 'Le scénario a été supprimé pendant l’envoi du fichier.');
  // Cancelled or released as stale meanwhile: nothing may keep the copy.
  await deps.files.remove('files', objectKey);
  return 'removed';
}

async function refuse(deps: SettleDeps, log: Logger, uai: string, scenarioId: string, upload: AttachmentUploadRecord, reason: string): Promise<SettleOutcome> {
  await deps.scenarioAttachments.reject(uai, scenarioId, { ...upload, expiresAt: Math.floor(deps.now() / 1000) + REFUSAL_SECONDS }, reason);
  await deps.files.remove('files', upload.objectKey);
  log.info('attachment refused', { scenarioId, attachmentId: upload.id });
  return 'rejected';
}
