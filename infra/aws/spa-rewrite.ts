/**
 * CloudFront Function (runtime cloudfront-js-2.0) on the site's default behaviour: any path whose
 * last segment has no extension is a client-side route of the SPA (`/0123456A/eleves/42`), so it
 * is answered with the SPA shell. Files (`/_app/immutable/x.js`, `/favicon.png`) pass unchanged.
 *
 * This replaces the usual distribution-wide custom error responses (403/404 → index.html), which
 * would also rewrite the API's own 403 and 404 answers into HTML. `/api/*` has its own behaviour
 * and never reaches this function. A route segment containing a dot would be taken for a file:
 * the SPA's routes use UAIs and ids, which have none.
 *
 * Kept as plain ES5-style JavaScript text because CloudFront runs it as is.
 */
export const SPA_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  var lastSegment = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
`;
