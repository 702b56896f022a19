import type { BucketRole } from '#infra/definitions/buckets.ts';
import type { PresignedUpload } from '#shared/api/schemas/files.ts';

/** Object storage (S3): imports and attachments, always under the establishment's prefix. */
export interface FilesPort {
  /** A browser upload straight to the bucket, its size capped by the signed policy. */
  presignUpload(bucket: BucketRole, key: string, options: { maxBytes: number; expiresSeconds?: number }): Promise<PresignedUpload>;
  /** A short-lived address to read an object (images shown in the browser). */
  presignDownload(bucket: BucketRole, key: string, expiresSeconds?: number): Promise<string>;
  read(bucket: BucketRole, key: string): Promise<Uint8Array>;
  /** Size of an object, or null when there is none. */
  size(bucket: BucketRole, key: string): Promise<number | null>;
  write(bucket: BucketRole, key: string, body: Uint8Array | string, contentType: string): Promise<void>;
  remove(bucket: BucketRole, key: string): Promise<void>;
}
