import type { S3Event } from 'aws-lambda';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createLogger } from '#functions/platform/logger.ts';
import { parseImportKey } from '#functions/services/import/object-keys.ts';
import { receiveUpload } from '#functions/services/import/receive-upload.ts';
import { executeImport } from '#functions/services/import/execute-import.ts';
import { s3ObjectsOf } from './s3-objects.ts';

/**
 * S3 ObjectCreated on the imports bucket. An uploaded file (`…/upload/<slot>`) runs the
 * analysis once the run's files are all in; the `confirm` object runs the import. Every other
 * key (the run's own outputs) is ignored, so writing them cannot loop.
 */
export const handler = async (event: S3Event) => {
  const log = createLogger({ handler: 'siecle-import' });
  const deps = dependencies();
  const handled: string[] = [];
  for (const object of s3ObjectsOf(event)) {
    const what = parseImportKey(object.key);
    if (!what) continue;
    handled.push(object.key);
    if (what.kind === 'upload') await receiveUpload(deps, log, what);
    else await executeImport(deps, log, what.uai, what.importId);
  }
  return { received: handled };
};
