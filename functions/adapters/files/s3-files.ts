import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { BUCKETS } from '#infra/definitions/buckets.ts';
import type { BucketRole, FilesPort } from '#functions/services/ports/files.ts';
import { awsErrorName } from '../store/table.ts';
import { attachmentDisposition } from '#functions/documents/file-name.ts';

let client: S3Client | undefined;

/**
 * Path-style only against the local emulator (STACK G13). No checksum on presigned requests:
 * a checksum of an empty body in the URL makes real S3 refuse browser uploads (STACK G4).
 */
function s3(): S3Client {
  client ??= new S3Client({ forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3), requestChecksumCalculation: 'WHEN_REQUIRED' });
  return client;
}

function bucketName(role: BucketRole): string {
  const name = process.env[BUCKETS[role].envVar];
  if (!name) throw new Error(`Missing environment variable ${BUCKETS[role].envVar}`);
  return name;
}

export const s3Files: FilesPort = {
  async presignUpload(bucket, key, { maxBytes, minBytes = 1, contentType, expiresSeconds = 900 }) {
    // The SDK adds an exact condition for the key, the bucket and every field given (here Content-Type).
    const { url, fields } = await createPresignedPost(s3(), {
      Bucket: bucketName(bucket),
      Key: key,
      Conditions: [['content-length-range', minBytes, maxBytes]],
      Fields: { 'Content-Type': contentType },
      Expires: expiresSeconds,
    });
    return { url, fields, maxBytes };
  },

  presignDownload(bucket, key, expiresSeconds = 900, downloadAs) {
    const disposition = downloadAs === undefined ? undefined : attachmentDisposition(downloadAs);
    return getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucketName(bucket), Key: key, ResponseContentDisposition: disposition }), {
      expiresIn: expiresSeconds,
    });
  },

  async readStart(bucket, key, length) {
    try {
      const answer = await s3().send(new GetObjectCommand({ Bucket: bucketName(bucket), Key: key, Range: `bytes=0-${length - 1}` }));
      return (await answer.Body!.transformToByteArray()).slice(0, length);
    } catch (error) {
      if (['NotFound', 'NoSuchKey'].includes(awsErrorName(error))) return null;
      throw error;
    }
  },

  async copy(bucket, fromKey, toKey) {
    const name = bucketName(bucket);
    await s3().send(new CopyObjectCommand({ Bucket: name, Key: toKey, CopySource: `${name}/${fromKey.split('/').map(encodeURIComponent).join('/')}` }));
  },

  async read(bucket, key) {
    const answer = await s3().send(new GetObjectCommand({ Bucket: bucketName(bucket), Key: key }));
    return answer.Body!.transformToByteArray();
  },

  async size(bucket, key) {
    try {
      const answer = await s3().send(new HeadObjectCommand({ Bucket: bucketName(bucket), Key: key }));
      return answer.ContentLength ?? 0;
    } catch (error) {
      if (['NotFound', 'NoSuchKey'].includes(awsErrorName(error))) return null;
      throw error;
    }
  },

  async write(bucket, key, body, contentType) {
    await s3().send(new PutObjectCommand({ Bucket: bucketName(bucket), Key: key, Body: body, ContentType: contentType }));
  },

  async remove(bucket, key) {
    await s3().send(new DeleteObjectCommand({ Bucket: bucketName(bucket), Key: key }));
  },
};
