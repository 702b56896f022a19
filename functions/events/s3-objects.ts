import type { S3Event } from 'aws-lambda';

export interface S3ObjectRef {
  bucket: string;
  key: string;
  size: number;
  /** `ObjectCreated:Post`, `ObjectCreated:Put`, `ObjectCreated:Copy`… */
  eventName: string;
}

/** The objects of an S3 notification, keys decoded (S3 URL-encodes them, with `+` for spaces). */
export function s3ObjectsOf(event: S3Event): S3ObjectRef[] {
  return (event.Records ?? []).map((record) => ({
    bucket: record.s3.bucket.name,
    key: decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')),
    size: record.s3.object.size,
    eventName: record.eventName,
  }));
}
