import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/** Days looked back, so that a job missed for a few nights still catches up. */
const CATCH_UP_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily job's part for attachments: a signed upload whose file never arrived keeps its bytes
 * reserved against the diploma's quota until its deadline; past it, the reservation is released
 * here (the upload request also does it, but only when its scenario is touched again).
 * Idempotent: an upload settled, refused or released meanwhile is no longer pending.
 * @returns the number of reservations released.
 */
export async function releaseStaleUploads(deps: Pick<Dependencies, 'scenarioAttachments' | 'now'>): Promise<number> {
  const now = deps.now();
  let released = 0;
  for (let back = CATCH_UP_DAYS; back >= 0; back -= 1) {
    const day = new Date(now - back * DAY_MS).toISOString().slice(0, 10);
    for (const due of await deps.scenarioAttachments.uploadsDue(day)) {
      const upload = await deps.scenarioAttachments.getUpload(due.uai, due.scenarioId, due.uploadId);
      if (!upload || upload.status !== 'pending' || upload.expiresAt * 1000 > now) continue;
      if (await deps.scenarioAttachments.dropUpload(due.uai, due.scenarioId, upload)) released += 1;
    }
  }
  return released;
}
