import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, HttpMethods, type LifecycleRule } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { ABORTED_UPLOAD_DAYS, UPLOAD_CORS, type BucketRole } from '../definitions/buckets.ts';

/** An uploaded SIECLE file and its analysis report are only useful until the import is confirmed. */
const IMPORT_RETENTION_DAYS = 30;
/**
 * Deleting an object of a versioned bucket only hides it. Old versions are kept this long (an
 * undo window for mistakes), then really deleted, so that the purge actually erases files.
 */
const NONCURRENT_VERSION_DAYS = 30;

const HTTP_METHODS: Record<(typeof UPLOAD_CORS.allowedMethods)[number], HttpMethods> = {
  POST: HttpMethods.POST,
  PUT: HttpMethods.PUT,
  GET: HttpMethods.GET,
  HEAD: HttpMethods.HEAD,
};

export interface FilesProps {
  /** The only origin allowed to upload from a browser (presigned POST straight to S3). */
  appUrl: string;
}

/** The two private buckets of uploaded files: SIECLE imports and attachments. */
export class Files extends Construct {
  readonly buckets: Record<BucketRole, Bucket>;

  constructor(scope: Construct, id: string, props: FilesProps) {
    super(scope, id);
    this.buckets = {
      imports: this.privateBucket('ImportsBucket', props.appUrl, [
        // The bucket holds nothing but imports, so the rule covers the whole bucket: lifecycle
        // filters are prefixes and could not express `*/imports/` anyway.
        { id: 'ExpireImports', expiration: Duration.days(IMPORT_RETENTION_DAYS), noncurrentVersionExpiration: Duration.days(1) },
      ]),
      files: this.privateBucket('FilesBucket', props.appUrl, [{ id: 'EraseOldVersions', noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS) }]),
    };
  }

  /**
   * Runs the bucket's event function on every ObjectCreated. There is deliberately no prefix
   * filter: keys start with the establishment (`<uai>/imports/…`, `<uai>/files/…`) and S3 filters
   * are literal prefix/suffix matches, so `imports/` would match nothing. Each bucket holds one
   * kind of object, and the handler checks the key shape itself.
   */
  notify(role: BucketRole, handler: IFunction): void {
    this.buckets[role].addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(handler));
  }

  private privateBucket(id: string, appUrl: string, rules: LifecycleRule[]): Bucket {
    return new Bucket(this, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      cors: [
        {
          allowedOrigins: [appUrl],
          allowedMethods: UPLOAD_CORS.allowedMethods.map((method) => HTTP_METHODS[method]),
          allowedHeaders: [...UPLOAD_CORS.allowedHeaders],
          exposedHeaders: [...UPLOAD_CORS.exposedHeaders],
          maxAge: UPLOAD_CORS.maxAgeSeconds,
        },
      ],
      lifecycleRules: [
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(ABORTED_UPLOAD_DAYS) },
        ...rules,
        // Delete markers left once every version is gone only slow listings down.
        { id: 'RemoveExpiredDeleteMarkers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
