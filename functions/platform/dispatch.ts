import type { Context } from 'aws-lambda';
import { AppError } from '#shared/api/errors.ts';
import { ROUTES, routeKey, type RouteDef } from '#shared/api/routes.ts';
import type { HttpEvent, HttpResult } from './http.ts';
import { errorResponse } from './responses.ts';

type Handler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/**
 * The entry of one Lambda: API Gateway tells which route matched (`routeKey`), and the
 * function hands the event to that route's use case. A function serves only its own routes.
 */
export function dispatch(handlers: Record<string, Handler>) {
  const byKey = new Map<string, Handler>();
  for (const route of ROUTES as readonly RouteDef[]) {
    const handler = handlers[route.id];
    if (handler) byKey.set(routeKey(route), handler);
  }
  return async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    const handler = byKey.get(event.routeKey);
    if (!handler) return errorResponse(new AppError('ROUTE_NOT_FOUND'));
    return handler(event, context);
  };
}
