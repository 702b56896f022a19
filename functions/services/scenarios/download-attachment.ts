import { AppError } from '#shared/api/errors.ts';
import type { AttachmentDownload } from '#shared/api/schemas/scenarios.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { loadVisibleScenario } from './visible-scenario.ts';

/** Long enough to start a download, short enough that a copied link soon stops working. */
const LINK_SECONDS = 5 * 60;

/**
 * A pièce jointe of a scenario the caller may read: a short-lived S3 address that saves the file
 * under its original name (files can reach 20 Mo: they never travel through the API).
 */
export async function downloadAttachment(
  deps: Pick<Dependencies, 'scenarios' | 'scenarioAttachments' | 'files'>,
  caller: Caller,
  scenarioId: string,
  attachmentId: string,
): Promise<AttachmentDownload> {
  await loadVisibleScenario(deps, caller, scenarioId);
  const attachment = (await deps.scenarioAttachments.list(caller.uai, scenarioId)).attachments.find((candidate) => candidate.id === attachmentId);
  if (!attachment) throw new AppError('ATTACHMENT_NOT_FOUND');
  return { url: await deps.files.presignDownload('files', attachment.objectKey, LINK_SECONDS, attachment.name), fileName: attachment.name };
}
