import type { z } from 'zod';
import type { ErrorCode, FieldProblem } from '#shared/api/errors.ts';
import { ROUTE_PATHS, type HttpMethod, type RouteId } from '#shared/api/route-paths.ts';
import type { RouteOf } from '#shared/api/routes.ts';
import { common } from '$lib/i18n/fr/common.ts';

/** A failed call, carrying the server's French message to show as is. */
export class ApiError extends Error {
  readonly status: number;
  /** A code of the API catalogue, or NETWORK when the server could not be reached. */
  readonly code: ErrorCode | 'NETWORK';
  readonly details: FieldProblem[];
  /** On a conflict (409), the record as the server holds it now, when the route sends it. */
  readonly current: unknown;

  constructor(status: number, code: ErrorCode | 'NETWORK', message: string, details: FieldProblem[] = [], current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.current = current;
  }

  /** The message of each invalid field, by field name, for forms. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const problem of this.details) byField[problem.field] ??= problem.message;
    return byField;
  }
}

/**
 * How `call` gets the ID token of the signed-in user: the session module plugs itself in at
 * start (it also calls the API, for the refresh, so the client cannot import it).
 */
export interface Authenticator {
  /** The current ID token, restored first if needed; null when nobody is signed in. */
  token(): Promise<string | null>;
  /** A fresh ID token after a 401; null when the session cannot be renewed. */
  renew(): Promise<string | null>;
  /** Forgets the session, sends the user to the login page and throws. */
  expire(): Promise<never>;
}

let authenticator: Authenticator | null = null;

export function useAuthenticator(source: Authenticator): void {
  authenticator = source;
}

type Route<I extends RouteId> = RouteOf<I>;

/** The `{name}`s of a path template, as a union: `'id' | 'attachmentId'`. */
export type PathNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathNames<Rest> : never;

/** A query string value; `undefined`, `null` and `''` leave the parameter out. */
export type QueryValue = string | number | boolean | null | undefined;

type PathOption<I extends RouteId> =
  Route<I> extends { params: infer Schema extends z.ZodType }
    ? { path: z.input<Schema> }
    : [PathNames<Route<I>['path']>] extends [never]
      ? { path?: never }
      : { path: { [Name in PathNames<Route<I>['path']>]: string } };

type QueryOption<I extends RouteId> =
  Route<I> extends { query: infer Schema extends z.ZodType }
    ? { query?: z.input<Schema> }
    : // Routes whose query is not described in the table yet take plain values.
      { query?: Record<string, QueryValue> };

type BodyOption<I extends RouteId> = Route<I> extends { body: infer Schema extends z.ZodType } ? { body: z.input<Schema> } : { body?: never };

/** What a call to route `I` takes: its path values, its query, its body. */
export type CallOptions<I extends RouteId> = PathOption<I> & QueryOption<I> & BodyOption<I> & { signal?: AbortSignal };

/** What route `I` answers on success. */
export type Answer<I extends RouteId> = z.output<Route<I>['response']>;

/** The options argument, optional when the route needs neither path values nor a body. */
export type CallArgs<I extends RouteId> = object extends CallOptions<I> ? [options?: CallOptions<I>] : [options: CallOptions<I>];

/**
 * The URL of a route: its path template with each `{name}` replaced by the encoded value, then
 * the query string.
 *
 * @example routeUrl('scenarios.get', { id: 'a/b' }) // '/api/scenarios/a%2Fb'
 */
export function routeUrl(id: RouteId, path: Readonly<Record<string, unknown>> = {}, query: Readonly<Record<string, unknown>> = {}): string {
  const url = ROUTE_PATHS[id].path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = path[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`${id}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.append(name, String(value));
  }
  const encoded = search.toString();
  return encoded ? `${url}?${encoded}` : url;
}

/**
 * Calls a route of the API by its id and returns its JSON answer, typed from the route's schemas.
 * Public routes go without a token; the others send the ID token and, on a 401, renew it once
 * and retry once (the user is sent back to the login page if the session cannot be renewed).
 * Throws `ApiError` for every failure, with a French message a user can act on.
 *
 * @example await call('scenarios.get', { path: { id } })
 */
export async function call<I extends RouteId>(id: I, ...[options]: CallArgs<I>): Promise<Answer<I>> {
  const { path, query, body, signal } = (options ?? {}) as {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
    signal?: AbortSignal;
  };
  const route: { method: HttpMethod; public?: true } = ROUTE_PATHS[id];
  const url = routeUrl(id, path, query);
  const send = (token?: string) => request<Answer<I>>(route.method, url, { body, token, signal });
  if (route.public) return send();
  if (!authenticator) throw new Error('No session module to authenticate API calls');
  const token = await authenticator.token();
  if (!token) return authenticator.expire();
  try {
    return await send(token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  const renewed = await authenticator.renew();
  if (!renewed) return authenticator.expire();
  try {
    return await send(renewed);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return authenticator.expire();
    throw error;
  }
}

interface RequestOptions {
  body?: unknown;
  /** The ID token to send as Bearer. */
  token?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** One fetch on the same origin, its failures turned into `ApiError`s. */
async function request<T>(method: HttpMethod, url: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', common.networkError);
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw toApiError(response.status, payload);
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown; current?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details)
      ? error.details.filter((item): item is FieldProblem => typeof item?.field === 'string' && typeof item?.message === 'string')
      : [];
    return new ApiError(status, error.code as ErrorCode, error.message, details, error.current);
  }
  // Not one of our answers (a proxy page, a gateway timeout): never show it raw.
  if (status === 401) return new ApiError(status, 'UNAUTHENTICATED', common.sessionExpired);
  return new ApiError(status, 'INTERNAL', common.unexpectedError);
}

/** The message to show for a failure: the server's French message, or a generic one. */
export function errorMessage(failure: unknown): string {
  if (failure instanceof ApiError) return failure.message;
  if (failure instanceof Error && failure.name === 'UploadError') return failure.message;
  return common.unexpectedError;
}
