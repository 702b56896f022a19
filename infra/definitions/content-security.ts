/**
 * The Content-Security-Policy of the SPA, the same locally (infra/local/static-files.ts) and in
 * CloudFront's response headers policy (infra/aws/site.ts). No inline script: the build moves
 * SvelteKit's bootstrap into a file (web/scripts/external-bootstrap.js). Styles keep
 * 'unsafe-inline': SvelteKit wraps the app in `<div style="display: contents">` and components set
 * style attributes; a style cannot run code. `storageOrigins` are where the browser talks to S3
 * directly: presigned POST uploads and GET downloads (logos shown as images).
 * @example contentSecurityPolicy(['https://cerise-files.s3.eu-west-3.amazonaws.com'])
 */
export function contentSecurityPolicy(storageOrigins: readonly string[]): string {
  const storage = storageOrigins.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${storage}`,
    `connect-src 'self' ${storage}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
