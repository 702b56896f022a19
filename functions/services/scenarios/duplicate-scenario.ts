import { randomUUID } from 'node:crypto';
import { AppError } from '#shared/api/errors.ts';
import type { DuplicateScenario } from '#shared/api/schemas/scenarios.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { NewAttachment, ScenarioAttachment } from '../ports/scenario-attachments.ts';
import type { Scenario } from '../ports/scenarios.ts';
import { VersionConflict } from '../ports/errors.ts';
import { refusedAs } from '../port-refusals.ts';
import { newAttachmentId, reserveOrRefuse, scenarioObjectKey } from './attachment-files.ts';
import { authorName, loadVisibleScenario } from './visible-scenario.ts';

/** The originals' attachments changed (one removed, another shared) between reading and writing the copy. */
const attachmentsChanged = () => new AppError('SCENARIO_ATTACHMENTS_CHANGED');

type DuplicateDeps = Pick<Dependencies, 'scenarios' | 'scenarioAttachments' | 'establishments' | 'files' | 'now'>;

/**
 * « Dupliquer un scénario » (guide 3.7.2): a new title and a level, possibly another one (a
 * « famille » of scenarios from level 5 to level 4). The copy belongs to the caller and starts
 * private, whoever wrote the original; the diploma and items are kept as they are. Attachments
 * are `shared` (the copy points at the same files, counted once in the quota) or `copied` (new
 * files, counted again: refused when the quota cannot take them, and nothing is written).
 */
export async function duplicateScenario(deps: DuplicateDeps, caller: Caller, id: string, input: DuplicateScenario): Promise<Scenario> {
  const original = await loadVisibleScenario(deps, caller, id);
  const now = new Date(deps.now()).toISOString();
  const copy: Scenario = {
    ...original,
    id: randomUUID(),
    title: input.title,
    level: input.level,
    visibility: 'private',
    links: [...original.links],
    items: [...original.items],
    qualifiers: structuredClone(original.qualifiers),
    authorId: caller.userId,
    authorName: authorName(caller),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const { attachments } = await deps.scenarioAttachments.list(caller.uai, original.id);
  if (attachments.length === 0) return deps.scenarios.create(copy);
  if (input.attachments === 'shared') {
    await refusedAs(
      deps.scenarioAttachments.createWithAttachments(
        copy,
        attachments.map((attachment) => ({ ...attachment, id: newAttachmentId(), copied: false })),
        0,
      ),
      VersionConflict,
      attachmentsChanged,
    );
    return copy;
  }
  return withCopiedFiles(deps, caller, copy, attachments, now);
}

/** Reserves the bytes, copies each file into the new scenario's prefix, then records it all in one transaction; undoes the copies on failure. */
async function withCopiedFiles(deps: DuplicateDeps, caller: Caller, copy: Scenario, attachments: ScenarioAttachment[], now: string): Promise<Scenario> {
  const total = attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  await reserveOrRefuse(deps, caller.uai, copy.diploma, total, attachments.length);
  const copies: NewAttachment[] = [];
  try {
    for (const attachment of attachments) {
      const attachmentId = newAttachmentId();
      const objectKey = scenarioObjectKey(caller.uai, copy.diploma, copy.id, attachmentId);
      await deps.files.copy('files', attachment.objectKey, objectKey);
      copies.push({ id: attachmentId, name: attachment.name, size: attachment.size, uploadedAt: now, objectKey, copied: true });
    }
    await refusedAs(deps.scenarioAttachments.createWithAttachments(copy, copies, total), VersionConflict, attachmentsChanged);
    return copy;
  } catch (error) {
    await deps.scenarioAttachments.release(caller.uai, copy.diploma, total);
    for (const made of copies) await deps.files.remove('files', made.objectKey);
    throw error;
  }
}
