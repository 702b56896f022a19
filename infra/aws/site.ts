import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  Function as CloudFrontFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { SPA_REWRITE_CODE } from './spa-rewrite.ts';
import { ORIGIN_VERIFY_HEADER } from './origin-verify.ts';
import { VIEWER_ADDRESS_CODE } from './viewer-address.ts';
import { contentSecurityPolicy } from '../definitions/content-security.ts';

export interface SiteProps {
  /** The built SPA (`web/build`, with its index.html). */
  webBuildDir: string;
  /** Host name of the HTTP API, served under `/api/*` on the same origin. */
  apiDomainName: string;
  /** The secret CloudFront sends the API in `x-origin-verify` (origin-verify.ts). */
  originVerify: string;
  /** Regional domain names of the buckets the browser uploads to and downloads from (presigned requests). */
  storageDomainNames: string[];
}

/** The public face: the SPA from a private bucket and the API, both behind one CloudFront origin. */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    // Private: only CloudFront reads it, through Origin Access Control.
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Rebuilt from the repository on every deploy: nothing in it needs keeping. The deployment
      // empties it on stack deletion (retainOnDelete: false), so no auto-delete Lambda is needed.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves index.html for the SPA routes',
    });

    // The managed SECURITY_HEADERS policy, plus the SPA's Content-Security-Policy.
    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Cerise: security headers and Content-Security-Policy',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.storageDomainNames.map((name) => `https://${name}`)), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), override: true },
        xssProtection: { protection: true, modeBlock: true, override: true },
      },
    });

    const viewerAddress = new CloudFrontFunction(this, 'ViewerAddress', {
      code: FunctionCode.fromInline(VIEWER_ADDRESS_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Passes the viewer address to the API (sign-in throttling)',
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Cerise',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Users are in France: Europe and North America edges are enough and cost least.
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerify },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Every answer is per user. With caching disabled, this policy forwards the
          // Authorization header and cookies too; the Host header must stay the API's own.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
      // No errorResponses on purpose: see spa-rewrite.ts.
    });

    new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(props.webBuildDir)],
      destinationBucket: this.bucket,
      // index.html is cached at the edge like the rest: invalidate so a deploy shows at once.
      distribution: this.distribution,
      distributionPaths: ['/*'],
      retainOnDelete: false,
      memoryLimit: 512,
    });
  }
}
