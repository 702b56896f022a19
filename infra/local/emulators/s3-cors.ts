import { UPLOAD_CORS } from '#infra/definitions/buckets.ts';

/**
 * Origins of the local front ends (the runner, Vite dev, Playwright), whatever their port. The
 * emulator listens on the loopback only, so nothing remote could use a wider rule anyway.
 */
const LOCAL_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/** The bucket CORS document s3rver expects, built from the same rules the CDK buckets use. */
export function localCorsXml(): string {
  const lines = [
    ...LOCAL_ORIGINS.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`),
    ...UPLOAD_CORS.allowedMethods.map((method) => `<AllowedMethod>${method}</AllowedMethod>`),
    ...UPLOAD_CORS.allowedHeaders.map((header) => `<AllowedHeader>${header}</AllowedHeader>`),
    ...UPLOAD_CORS.exposedHeaders.map((header) => `<ExposeHeader>${header}</ExposeHeader>`),
    `<MaxAgeSeconds>${UPLOAD_CORS.maxAgeSeconds}</MaxAgeSeconds>`,
  ];
  return `<CORSConfiguration><CORSRule>${lines.join('')}</CORSRule></CORSConfiguration>`;
}
