/**
 * CloudFront Function (cloudfront-js-2.0) on the `/api/*` behaviour. Behind CloudFront, API
 * Gateway's `sourceIp` is an edge's address, which would make sign-in throttling per address
 * meaningless. This function stamps the viewer's real address into `x-viewer-address`,
 * overwriting whatever the client sent, and the origin request policy forwards it.
 * `functions/platform/request.ts` (clientAddress) reads it.
 */
export const VIEWER_ADDRESS_HEADER = 'x-viewer-address';

export const VIEWER_ADDRESS_CODE = `function handler(event) {
  var request = event.request;
  request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return request;
}
`;
