import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError, isAppError } from '#shared/api/errors.ts';
import { describeError, type Logger } from '#functions/services/ports/logger.ts';
import { fromPortError } from './port-errors.ts';

const SECURITY_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function jsonResponse(status: number, body: unknown, cookies: string[] = []): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: { ...SECURITY_HEADERS }, body: JSON.stringify(body), ...(cookies.length ? { cookies } : {}) };
}

export function errorResponse(error: AppError): APIGatewayProxyStructuredResultV2 {
  return jsonResponse(error.status, error.toBody());
}

/**
 * A port error no service translated answers its generic code; anything else that is not an
 * AppError is a bug or an outage: log it whole, answer INTERNAL.
 */
export function toAppError(error: unknown, log: Logger): AppError {
  if (isAppError(error)) return error;
  const refusal = fromPortError(error);
  if (refusal) return refusal;
  log.error('unexpected error', describeError(error));
  return new AppError('INTERNAL');
}
