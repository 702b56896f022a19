import type { PresignedUpload } from '#shared/api/schemas/files.ts';

/** Which bucket: `imports` (SIECLE/STS files and their results) or `files` (attachments, images); names are the adapter's business. */
export type BucketRole = 'imports' | 'files';

/** Object storage (S3): imports and attachments, always under the establishment's prefix. */
export interface FilesPort {
  /**
   * A browser upload straight to the bucket: the signed policy takes exactly this key, a size
   * within `minBytes`–`maxBytes` and this `contentType` (the form carries it as a field), until
   * `expiresSeconds` from now.
   */
  presignUpload(
    bucket: BucketRole,
    key: string,
    options: { maxBytes: number; minBytes?: number; contentType: string; expiresSeconds?: number },
  ): Promise<PresignedUpload>;
  /**
   * A short-lived address to read an object (images shown in the browser); with `downloadAs`,
   * the browser saves it under that name (Content-Disposition: attachment).
   */
  presignDownload(bucket: BucketRole, key: string, expiresSeconds?: number, downloadAs?: string): Promise<string>;
  read(bucket: BucketRole, key: string): Promise<Uint8Array>;
  /** The first `length` bytes of an object (a ranged GET); null when there is none. */
  readStart(bucket: BucketRole, key: string, length: number): Promise<Uint8Array | null>;
  /** A server-side copy inside the bucket. */
  copy(bucket: BucketRole, fromKey: string, toKey: string): Promise<void>;
  /** Size of an object, or null when there is none. */
  size(bucket: BucketRole, key: string): Promise<number | null>;
  write(bucket: BucketRole, key: string, body: Uint8Array | string, contentType: string): Promise<void>;
  remove(bucket: BucketRole, key: string): Promise<void>;
}
