import type { S3Event } from 'aws-lambda';
import { createLogger } from '#functions/platform/logger.ts';
import { s3ObjectsOf } from './s3-objects.ts';

/**
 * S3 ObjectCreated on the files bucket: settles the diploma's quota and checks the real file
 * type once attachments exist (passport and scenarios); for now it records what arrived.
 */
export const handler = async (event: S3Event) => {
  const log = createLogger({ handler: 'file-uploaded' });
  const objects = s3ObjectsOf(event);
  for (const object of objects) log.info('file received', { bucket: object.bucket, key: object.key, size: object.size });
  return { received: objects.map((object) => object.key) };
};
