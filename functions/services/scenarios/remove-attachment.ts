import { AppError } from '#shared/api/errors.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ScenarioAttachment } from '../ports/scenario-attachments.ts';
import { loadOwnScenario } from './visible-scenario.ts';

type RemoveDeps = Pick<Dependencies, 'scenarioAttachments' | 'files'>;

/**
 * « Supprimer » a pièce jointe (author only): its bytes are released and its file deleted once no
 * other scenario shares it. The same route dismisses a refused upload, or cancels one in progress.
 */
export async function deleteAttachment(
  deps: RemoveDeps & Pick<Dependencies, 'scenarios'>,
  caller: Caller,
  scenarioId: string,
  attachmentId: string,
): Promise<void> {
  await loadOwnScenario(deps, caller, scenarioId, 'modifier');
  const files = await deps.scenarioAttachments.list(caller.uai, scenarioId);
  const attachment = files.attachments.find((candidate) => candidate.id === attachmentId);
  if (attachment) return removeAttachment(deps, caller.uai, scenarioId, attachment);
  const upload = files.uploads.find((candidate) => candidate.id === attachmentId);
  if (upload && (await deps.scenarioAttachments.dropUpload(caller.uai, scenarioId, upload))) return;
  throw new AppError('ATTACHMENT_NOT_FOUND');
}

export async function removeAttachment(deps: RemoveDeps, uai: string, scenarioId: string, attachment: ScenarioAttachment): Promise<void> {
  if (await deps.scenarioAttachments.removeAttachment(uai, scenarioId, attachment)) await deps.files.remove('files', attachment.objectKey);
}

/** Everything a deleted scenario held: its attachments (files shared with a duplicate stay) and its uploads' reservations. */
export async function removeAllFiles(deps: RemoveDeps, uai: string, scenarioId: string): Promise<void> {
  const files = await deps.scenarioAttachments.list(uai, scenarioId);
  for (const attachment of files.attachments) await removeAttachment(deps, uai, scenarioId, attachment);
  for (const upload of files.uploads) await deps.scenarioAttachments.dropUpload(uai, scenarioId, upload);
}
