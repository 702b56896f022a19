import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import { AppError } from '#shared/api/errors.ts';
import { routeKey, type RouteDef } from '#shared/api/routes.ts';
import { config } from './config.ts';
import { parseCookies } from './cookies.ts';
import { createLogger } from './logger.ts';
import type { Logger } from '#functions/services/ports/logger.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import { authorize } from './authorize.ts';
import { errorResponse, jsonResponse, toAppError } from './responses.ts';
import { clientAddress, parseBody, parsePath, parseQuery } from './request.ts';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2;

type BodyOf<R extends RouteDef> = R['body'] extends z.ZodType ? z.output<R['body']> : undefined;
type PathOf<R extends RouteDef> = R['params'] extends z.ZodType ? z.output<R['params']> : Record<never, never>;
type QueryOf<R extends RouteDef> = R['query'] extends z.ZodType ? z.output<R['query']> : Record<never, never>;
type ResponseOf<R extends RouteDef> = z.input<R['response']>;
type CallerOf<R extends RouteDef> = R['access'] extends { kind: 'public' } ? null : Caller;

/** What a use case receives: validated input and the verified caller, nothing raw. */
export interface UseCaseInput<R extends RouteDef> {
  body: BodyOf<R>;
  /** The route's `params` schema output (`{}` without): present, bounded, typed. */
  path: PathOf<R>;
  /** The route's `query` schema output (`{}` without: the use case reads no query). */
  query: QueryOf<R>;
  /** The signed-in user, from the verified token and checked active; null only on public routes. */
  caller: CallerOf<R>;
  cookies: Record<string, string>;
  sourceIp: string;
  requestId: string;
  log: Logger;
}

/** A use case may set cookies or a status besides its body. */
export class Reply<T> {
  constructor(
    readonly body: T,
    readonly options: { cookies?: string[]; status?: number } = {},
  ) {}
}

export type UseCase<R extends RouteDef> = (input: UseCaseInput<R>) => Promise<ResponseOf<R> | Reply<ResponseOf<R>>>;

interface State {
  startedAt: number;
  log: Logger;
}

/**
 * Wraps a use case in the platform's middy stack: request id and logs, authentication and the
 * profile × module guard (from the route table, so no route can forget it), then the path, query
 * and body checked by the route's schemas (plus body size and JSON checks), response validation,
 * and one error mapping. Every answer
 * is JSON; every error is `{ error: { code, message } }` in French; no stack trace leaves.
 */
export function httpHandler<R extends RouteDef>(route: R, useCase: UseCase<R>) {
  const states = new WeakMap<object, State>();

  const core = async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    const state = states.get(event)!;
    const caller = await authorize(route, event.requestContext.authorizer?.jwt?.claims);
    if (caller) state.log = state.log.child({ uai: caller.uai, profile: caller.profile, userId: caller.userId });
    // In the order of the request: the URL's path, its query, then the body.
    const path = parsePath(route, event) as PathOf<R>;
    const query = parseQuery(route, event) as QueryOf<R>;
    const input: UseCaseInput<R> = {
      body: parseBody(route, event) as BodyOf<R>,
      path,
      query,
      caller: caller as CallerOf<R>,
      cookies: parseCookies(event.cookies),
      sourceIp: clientAddress(event, config().originVerify),
      requestId: context.awsRequestId,
      log: state.log,
    };
    const outcome = await useCase(input);
    const reply = outcome instanceof Reply ? outcome : new Reply(outcome);
    const checked = route.response.safeParse(reply.body);
    if (!checked.success) {
      state.log.error('response does not match its schema', { routeId: route.id, issues: checked.error.issues.map((issue) => issue.path.join('.')) });
      throw new AppError('INTERNAL');
    }
    return jsonResponse(reply.options.status ?? route.status ?? 200, checked.data, reply.options.cookies);
  };

  return middy<HttpEvent, HttpResult>(core)
    .use({
      before: (request) => {
        const requestId = request.context.awsRequestId ?? request.event.requestContext?.requestId;
        states.set(request.event, { startedAt: Date.now(), log: createLogger({ requestId, routeId: route.id }) });
      },
      after: (request) => {
        const state = states.get(request.event);
        state?.log.info('request', { route: routeKey(route), status: request.response?.statusCode, durationMs: state && Date.now() - state.startedAt });
      },
      onError: (request) => {
        const state = states.get(request.event) ?? { startedAt: Date.now(), log: createLogger({ routeId: route.id }) };
        const appError = toAppError(request.error, state.log);
        request.response = errorResponse(appError);
        state.log.info('request', { route: routeKey(route), status: appError.status, code: appError.code, durationMs: Date.now() - state.startedAt });
      },
    })
    .use(httpHeaderNormalizer());
}
