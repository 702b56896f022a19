import { ATTACHMENT_SIGNATURE_BYTES, attachmentKindOfContent, attachmentRefusal } from '#shared/domain/attachments.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Logger } from '#functions/services/ports/logger.ts';
import type { AttachmentUploadRecord } from '../ports/scenario-attachments.ts';
import { parseScenarioObjectKey } from './attachment-files.ts';
import { REFUSAL_SECONDS } from './request-attachment-upload.ts';

type SettleDeps = Pick<Dependencies, 'scenarioAttachments' | 'files' | 'now'>;

export type SettleOutcome = 'ignored' | 'settled' | 'rejected' | 'already-settled' | 'removed';

/**
 * The S3 event of an uploaded scenario attachment (functions/events/file-uploaded.ts). The first
 * bytes (a ranged GET) must be the zip or pdf the name announces and the real size at most the
 * declared one: then one transaction turns the upload into an attachment and its reservation into
 * used bytes; otherwise the file is deleted, the reservation released and the refusal kept for
 * the author. A second delivery of the same event finds nothing pending and changes nothing.
 */
export async function settleAttachmentUpload(deps: SettleDeps, log: Logger, object: { key: string; size: number; eventName: string }): Promise<SettleOutcome> {
  const where = parseScenarioObjectKey(object.key);
  // Copies are made by the duplicate itself, which records them in its own transaction.
  if (!where || object.eventName.startsWith('ObjectCreated:Copy')) return 'ignored';
  const { uai, scenarioId, objectId } = where;
  const head = await deps.files.readStart('files', object.key, ATTACHMENT_SIGNATURE_BYTES);
  if (head === null) return 'ignored';
  const realSize = object.size > 0 ? object.size : ((await deps.files.size('files', object.key)) ?? 0);
  const files = await deps.scenarioAttachments.list(uai, scenarioId);

  const upload = files.uploads.find((candidate) => candidate.id === objectId && candidate.status === 'pending');
  if (upload) {
    const reason = attachmentRefusal({ name: upload.name, declaredSize: upload.size, realSize, head });
    if (reason) return refuse(deps, log, uai, scenarioId, upload, reason);
    const outcome = await deps.scenarioAttachments.settle(uai, scenarioId, upload, realSize, new Date(deps.now()).toISOString());
    if (outcome === 'settled') {
      log.info('attachment settled', { scenarioId, attachmentId: upload.id, size: realSize });
      return 'settled';
    }
    if (outcome === 'scenario-gone') return refuse(deps, log, uai, scenarioId, upload, 'Le scénario a été supprimé pendant l’envoi du fichier.');
  }

  const stored = await deps.scenarioAttachments.fileObject(uai, object.key);
  if (stored) {
    if (stored.size === realSize && attachmentKindOfContent(head) !== null) return 'already-settled';
    // Overwritten through the still-valid form with something else: the attachment goes with it.
    const attachment = (await deps.scenarioAttachments.list(uai, scenarioId)).attachments.find((candidate) => candidate.objectKey === object.key);
    if (attachment) await deps.scenarioAttachments.removeAttachment(uai, scenarioId, attachment);
    log.warn('attachment overwritten with other content: removed', { scenarioId, key: object.key });
  }
  // Refused already, dropped as stale, or never signed: nothing may keep this file.
  await deps.files.remove('files', object.key);
  return 'removed';
}

async function refuse(deps: SettleDeps, log: Logger, uai: string, scenarioId: string, upload: AttachmentUploadRecord, reason: string): Promise<SettleOutcome> {
  await deps.scenarioAttachments.reject(uai, scenarioId, { ...upload, expiresAt: Math.floor(deps.now() / 1000) + REFUSAL_SECONDS }, reason);
  await deps.files.remove('files', upload.objectKey);
  log.info('attachment refused', { scenarioId, attachmentId: upload.id });
  return 'rejected';
}
