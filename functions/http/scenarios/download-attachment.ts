import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { downloadAttachment as download } from '#functions/services/scenarios/download-attachment.ts';

export const downloadAttachment = httpHandler(routeById('scenarios.download-attachment'), async ({ caller, path }) =>
  download(dependencies(), caller, path.id, path.attachmentId),
);
