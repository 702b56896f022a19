import type { ErrorCode, FieldProblem } from '#shared/api/errors.ts';
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

  /** The same by top-level field (`items.3` → `items`), for forms that show one message per list. */
  formErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const problem of this.details) byField[problem.field.split('.')[0]!] ??= problem.message;
    return byField;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** The ID token to send as Bearer. */
  token?: string;
  signal?: AbortSignal;
}

/**
 * Calls the API on the same origin and returns the parsed JSON answer.
 * Throws `ApiError` for every failure, with a French message a user can act on.
 */
export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  let response: Response;
  try {
    response = await fetch(path, {
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
      ? error.details.filter(
          (item): item is FieldProblem => typeof item?.field === 'string' && typeof item?.message === 'string',
        )
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
