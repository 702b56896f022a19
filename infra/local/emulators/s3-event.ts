import { createHash, randomBytes } from 'node:crypto';
import type { S3Event } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';

type S3rverRecord = S3rverEvent['Records'][number];

/**
 * Object keys in real S3 notifications are URL-encoded with `+` for spaces; s3rver sends them raw
 * (STACK.md G6). Encoding here lets the handler decode exactly as it does in AWS.
 */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export function isObjectCreated(record: S3rverRecord): boolean {
  return record.eventName.startsWith('ObjectCreated:');
}

/** The S3Event AWS would deliver for this s3rver record: region, ARN and key as in production. */
export function toS3Event(record: S3rverRecord): S3Event {
  const { bucket, object } = record.s3;
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: process.env.AWS_REGION ?? 'eu-west-3',
        eventTime: record.eventTime,
        eventName: record.eventName,
        userIdentity: { principalId: 'AWS:LOCAL' },
        requestParameters: { sourceIPAddress: record.requestParameters.sourceIPAddress },
        responseElements: {
          'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(),
          'x-amz-id-2': createHash('sha256').update(object.key).digest('base64'),
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'local',
          bucket: { name: bucket.name, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${bucket.name}` },
          // s3rver gives no eTag for CopyObject; the product's handlers do not read it.
          object: { key: encodeEventKey(object.key), size: Number(object.size ?? 0), eTag: object.eTag ?? '', sequencer: object.sequencer },
        },
      },
    ],
  };
}
