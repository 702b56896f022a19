import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { matchRoute, type HttpFunction } from '#shared/api/routes.ts';
import { apiGatewayEvent, lambdaContext } from './api-event.ts';
import { serveStatic } from './static-files.ts';

export type HttpHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayOptions {
  port: number;
  host?: string;
  webRoot: string;
  /** Sent with the SPA's files, as CloudFront's response headers policy does. */
  contentSecurityPolicy: string;
  /** The same function modules CDK deploys, loaded by name. */
  loadFunction: (name: HttpFunction) => Promise<HttpHandler>;
  /** Verifies a Bearer token as the JWT authorizer would; null when invalid. */
  verifyToken: (token: string) => Promise<Record<string, unknown> | null>;
  /** Extra local-only endpoints (JWKS, cron trigger), by exact path. */
  extras?: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void> | void>;
}

/** API Gateway refuses payloads over 10 MB before any Lambda runs; so do we. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

/**
 * The local stand-in for CloudFront + HTTP API: `/api/*` goes through the route table, the JWT
 * check and the handler; anything else is the built SPA. Answers the gateway's own errors
 * (no route, missing or bad token, payload too large) exactly as API Gateway words them.
 */
export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: Server; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      process.stderr.write(`${JSON.stringify({ level: 'error', message: 'gateway failure', error: String(error) })}\n`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Internal Server Error' }));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(options: GatewayOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const extra = options.extras?.[url.pathname];
  if (extra) return extra(request, response);
  if (!url.pathname.startsWith('/api/')) return serveStatic(options.webRoot, request, response, url.pathname, options.contentSecurityPolicy);

  const body = await readBody(request);
  if (body === null) return gatewayError(response, 413, 'Request Entity Too Large');
  const match = matchRoute(request.method ?? 'GET', url.pathname);
  if (!match.route) return gatewayError(response, 404, 'Not Found');

  let claims: Record<string, unknown> | null = null;
  if (match.route.access.kind !== 'public') {
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    claims = token ? await options.verifyToken(token) : null;
    if (!claims) return gatewayError(response, 401, 'Unauthorized');
  }

  const event = apiGatewayEvent({ request, url, body, route: match.route, pathParameters: match.pathParameters, claims });
  const handler = await options.loadFunction(match.route.function);
  const result = await handler(event, lambdaContext(match.route.function, event.requestContext.requestId));
  writeResult(response, result);
}

function writeResult(response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: OutgoingHttpHeaders = { ...(result.headers ?? {}) } as OutgoingHttpHeaders;
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const payload = result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  headers['content-length'] = payload.length;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(payload);
}

function gatewayError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message }));
}

/** Reads the whole body, or null once it passes the gateway's limit (the rest is discarded). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > GATEWAY_MAX_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
