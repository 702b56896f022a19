import { routeById } from '#shared/api/routes.ts';
import { httpHandler, Reply } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { signOut } from '#functions/services/auth/sign-out.ts';
import { clearedRefreshCookie, REFRESH_COOKIE } from './refresh-cookie.ts';

/** Revokes the refresh token and clears the cookie; logging out twice is harmless. */
export const logout = httpHandler(routeById('auth.logout'), async ({ cookies }) => {
  await signOut(dependencies(), cookies[REFRESH_COOKIE]);
  return new Reply({ ok: true as const }, { cookies: [clearedRefreshCookie()] });
});
