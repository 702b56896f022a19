import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { requestAttachmentUpload as request } from '#functions/services/scenarios/request-attachment-upload.ts';

export const requestAttachmentUpload = httpHandler(routeById('scenarios.request-attachment-upload'), async ({ caller, path, body }) =>
  request(dependencies(), caller, path.id, body),
);
