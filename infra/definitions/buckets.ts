import type { BucketRole as PortBucketRole } from '#functions/services/ports/files.ts';

/**
 * S3 buckets and the key prefixes whose ObjectCreated events run a handler. Keys always start
 * with the establishment: `<uai>/imports/<importId>/<file>`, `<uai>/files/<diploma>/scenarios/<scenarioId>/<objectId>`
 * (posted first to `<uai>/uploads/…`, the same path under `uploads`, then copied there once checked).
 */
export const BUCKETS = {
  /** SIECLE/STS uploads; ObjectCreated runs the import analysis. */
  imports: { envVar: 'IMPORTS_BUCKET', localName: 'cerise-imports', eventFunction: 'siecle-import' },
  /** Attachments of scenarios and passport fiches; ObjectCreated settles the quota. */
  files: { envVar: 'FILES_BUCKET', localName: 'cerise-files', eventFunction: 'file-uploaded' },
} as const satisfies Record<PortBucketRole, { envVar: string; localName: string; eventFunction: string }>;

export type BucketRole = keyof typeof BUCKETS;

/** Browser uploads go straight to S3 with a presigned POST; these are the CORS rules for it. */
export const UPLOAD_CORS = {
  allowedMethods: ['POST', 'PUT', 'GET', 'HEAD'] as const,
  allowedHeaders: ['*'],
  exposedHeaders: ['ETag'],
  maxAgeSeconds: 3000,
};

/** Uploads that never completed are cleaned after this many days. */
export const ABORTED_UPLOAD_DAYS = 2;
