import { REFRESH_TOKEN_DAYS } from '#shared/domain/account-policy.ts';
import { serializeCookie } from '#functions/platform/cookies.ts';
import { config } from '#functions/platform/config.ts';

/**
 * The refresh token lives only in this HttpOnly cookie, sent only to the auth routes: scripts
 * (and so an XSS) cannot read it, and the ID token the SPA holds in memory is short-lived.
 */
export const REFRESH_COOKIE = 'cerise_refresh';
const PATH = '/api/auth';

export function refreshCookie(refreshToken: string): string {
  return serializeCookie(REFRESH_COOKIE, refreshToken, { path: PATH, maxAgeSeconds: REFRESH_TOKEN_DAYS * 86_400, secure: config().secureCookies });
}

export function clearedRefreshCookie(): string {
  return serializeCookie(REFRESH_COOKIE, '', { path: PATH, maxAgeSeconds: 0, secure: config().secureCookies });
}
