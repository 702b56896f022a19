import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { refreshSession } from '#functions/services/auth/refresh-session.ts';
import { session } from '#functions/services/auth/session.ts';
import { REFRESH_COOKIE } from './refresh-cookie.ts';

export const refresh = httpHandler(routeById('auth.refresh'), async ({ cookies }) => {
  const { token, user, establishment } = await refreshSession(dependencies(), cookies[REFRESH_COOKIE]);
  return { session: session(token, user, establishment) };
});
