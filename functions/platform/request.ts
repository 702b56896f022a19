import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { z } from 'zod';
import '#shared/api/schemas/common.ts';
import { AppError, invalid, type FieldProblem } from '#shared/api/errors.ts';
import type { RouteDef } from '#shared/api/routes.ts';

/** Bodies above 1 MB are refused: nothing the API accepts is that large (files go to S3). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Parses and validates the JSON body of a route; routes without a body schema ignore any body. */
export function parseBody(route: RouteDef, event: APIGatewayProxyEventV2): unknown {
  if (!route.body) return undefined;
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) throw new AppError('BODY_TOO_LARGE');
  const contentType = event.headers?.['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_JSON');
  }
  return validate(route.body, json);
}

/** The route's path parameters, validated; `{}` on a route without any. */
export function parsePath(route: RouteDef, event: APIGatewayProxyEventV2): unknown {
  return route.params ? validate(route.params, event.pathParameters ?? {}, '(chemin)') : {};
}

/** The route's query parameters, validated; a route without a query schema reads none. */
export function parseQuery(route: RouteDef, event: APIGatewayProxyEventV2): unknown {
  return route.query ? validate(route.query, event.queryStringParameters ?? {}, '(paramètres)') : {};
}

/** `where` names the whole value in a problem about it rather than one of its fields. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where = '(corps)'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: FieldProblem[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || where,
    // French: our schemas' own messages, zod's generic ones from its French locale.
    message: issue.message,
  }));
  throw invalid(details);
}

/**
 * The client's address. Behind CloudFront, API Gateway sees an edge's address, so a CloudFront
 * Function on `/api/*` (infra/aws/viewer-address.ts) stamps the viewer's own into
 * `x-viewer-address`, overwriting anything the client sent, and CloudFront adds the
 * `x-origin-verify` secret to every origin request. The API's own endpoint stays reachable
 * directly, where anyone could send `x-viewer-address`: so in AWS (`originVerify` set) the header
 * counts only beside the right secret; otherwise the connection's address is used. The embedded
 * stack sets no secret: its gateway stands in for CloudFront, and tests give each client an
 * address through the header.
 */
export function clientAddress(event: APIGatewayProxyEventV2, originVerify: string): string {
  const viewer = event.headers?.['x-viewer-address']?.trim();
  const throughCloudFront = !originVerify || sameSecret(event.headers?.['x-origin-verify'] ?? '', originVerify);
  if (throughCloudFront && viewer && /^[0-9a-fA-F.:]{3,45}$/.test(viewer)) return viewer;
  return event.requestContext.http.sourceIp;
}

/** Compared in constant time, so the secret cannot be guessed byte by byte from response times. */
function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
