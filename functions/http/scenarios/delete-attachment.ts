import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { deleteAttachment as remove } from '#functions/services/scenarios/remove-attachment.ts';

export const deleteAttachment = httpHandler(routeById('scenarios.delete-attachment'), async ({ caller, path }) => {
  await remove(dependencies(), caller, path.id, path.attachmentId);
  return { ok: true as const };
});
