/**
 * The environment the local runner sets before importing handlers, so that handler code creates
 * plain `new XClient({})` exactly as in Lambda (STACK.md §6, G12). S3 client code uses
 * `forcePathStyle: !!process.env.AWS_ENDPOINT_URL_S3`, so path-style follows from the endpoint (G13).
 */
export function awsEnvironment(endpoints: { dynamodb: string; s3: string; ses: string }): Record<string, string> {
  return {
    AWS_REGION: 'eu-west-3',
    // s3rver accepts only this key pair (G5); the other emulators accept any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    // The v1 and v2 SES clients read different variables (G12); one emulator serves both.
    AWS_ENDPOINT_URL_SES: endpoints.ses,
    AWS_ENDPOINT_URL_SESV2: endpoints.ses,
    // Default checksums send streamed uploads as aws-chunked, which s3rver stores verbatim (G3).
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  };
}
