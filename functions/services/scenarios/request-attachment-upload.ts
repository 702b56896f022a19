import { AppError } from '#shared/api/errors.ts';
import type { AttachmentUpload, RequestAttachmentUpload } from '#shared/api/schemas/scenarios.ts';
import { ATTACHMENT_MEDIA_TYPES, MAX_SCENARIO_ATTACHMENTS, attachmentKindOfName, attachmentName } from '#shared/domain/attachments.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { AttachmentUploadRecord, ScenarioFiles } from '../ports/scenario-attachments.ts';
import { newAttachmentId, reserveOrRefuse, scenarioObjectKey, stagingObjectKey } from './attachment-files.ts';
import { loadOwnScenario } from './visible-scenario.ts';

/** The signed form is valid this long; an upload not settled within the hour never arrived. */
const SIGNED_SECONDS = 15 * 60;
const PENDING_SECONDS = 60 * 60;
/** A refusal stays on the page a day, unless the author dismisses it. */
export const REFUSAL_SECONDS = 24 * 60 * 60;

type UploadDeps = Pick<Dependencies, 'scenarios' | 'scenarioAttachments' | 'establishments' | 'files' | 'now'>;

/**
 * « Ajouter une pièce jointe » (author only): checks the name and size, reserves the bytes against
 * the diploma's quota (conditional write), records the upload and signs a POST of exactly that
 * many bytes to its staging key. The S3 event then checks the content and copies it to the
 * attachment's object (settle-attachment-upload.ts).
 */
export async function requestAttachmentUpload(
  deps: UploadDeps,
  caller: Caller,
  scenarioId: string,
  request: RequestAttachmentUpload,
): Promise<AttachmentUpload> {
  const scenario = await loadOwnScenario(deps, caller, scenarioId, 'modifier');
  const name = attachmentName(request.name);
  if (!name) throw new AppError('ATTACHMENT_NAME_EMPTY', { field: 'name' });
  const files = await withoutStaleUploads(deps, caller.uai, scenarioId, await deps.scenarioAttachments.list(caller.uai, scenarioId));
  if (files.attachments.length + files.uploads.filter((upload) => upload.status === 'pending').length >= MAX_SCENARIO_ATTACHMENTS) {
    throw new AppError('ATTACHMENTS_LIMIT', { params: { max: MAX_SCENARIO_ATTACHMENTS } });
  }
  await reserveOrRefuse(deps, caller.uai, scenario.diploma, request.size);

  const now = deps.now();
  const id = newAttachmentId();
  const upload: AttachmentUploadRecord = {
    id,
    name,
    size: request.size,
    diploma: scenario.diploma,
    objectKey: scenarioObjectKey(caller.uai, scenario.diploma, scenarioId, id),
    status: 'pending',
    reason: null,
    createdAt: new Date(now).toISOString(),
    expiresAt: Math.floor(now / 1000) + PENDING_SECONDS,
  };
  try {
    await deps.scenarioAttachments.recordUpload(caller.uai, scenarioId, upload);
  } catch (error) {
    await deps.scenarioAttachments.release(caller.uai, scenario.diploma, request.size);
    throw error;
  }
  const signed = await deps.files.presignUpload('files', stagingObjectKey(upload.objectKey), {
    minBytes: request.size,
    maxBytes: request.size,
    // The request schema accepted only .zip and .pdf names.
    contentType: ATTACHMENT_MEDIA_TYPES[attachmentKindOfName(name) ?? 'zip'],
    expiresSeconds: SIGNED_SECONDS,
  });
  return { uploadId: id, upload: signed };
}

/** Pending uploads past their hour never arrived: their reservation is released; old refusals go too. */
async function withoutStaleUploads(
  deps: Pick<Dependencies, 'scenarioAttachments' | 'now'>,
  uai: string,
  scenarioId: string,
  files: ScenarioFiles,
): Promise<ScenarioFiles> {
  const nowSeconds = deps.now() / 1000;
  const stale = files.uploads.filter((upload) => upload.expiresAt <= nowSeconds);
  for (const upload of stale) await deps.scenarioAttachments.dropUpload(uai, scenarioId, upload);
  return { ...files, uploads: files.uploads.filter((upload) => !stale.includes(upload)) };
}
