import type { S3Event } from 'aws-lambda';
import { createLogger } from '#functions/platform/logger.ts';
import { s3ObjectsOf } from './s3-objects.ts';

/**
 * S3 ObjectCreated on the imports bucket (`<uai>/imports/<id>/<file>`). The SIECLE analysis
 * and import arrive with the import module; until then it records what arrived so the wiring
 * (S3 → this handler, locally and in AWS) is observable and tested.
 */
export const handler = async (event: S3Event) => {
  const log = createLogger({ handler: 'siecle-import' });
  const objects = s3ObjectsOf(event);
  for (const object of objects) log.info('import file received', { bucket: object.bucket, key: object.key, size: object.size });
  return { received: objects.map((object) => object.key) };
};
