import type { S3Event } from 'aws-lambda';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createLogger } from '#functions/platform/logger.ts';
import { settleAttachmentUpload } from '#functions/services/scenarios/settle-attachment-upload.ts';
import { s3ObjectsOf } from './s3-objects.ts';

/**
 * S3 ObjectCreated on the files bucket: a scenario attachment is checked by its content and
 * settled against the diploma's quota (or refused and deleted). Other keys (logo, stamp) are
 * ignored; passport attachments will be settled here too.
 */
export const handler = async (event: S3Event) => {
  const log = createLogger({ handler: 'file-uploaded' });
  const deps = dependencies();
  const outcomes: { key: string; outcome: string }[] = [];
  for (const object of s3ObjectsOf(event)) {
    outcomes.push({ key: object.key, outcome: await settleAttachmentUpload(deps, log, object) });
  }
  return { received: outcomes };
};
