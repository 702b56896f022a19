import { routeById } from '#shared/api/routes.ts';
import { httpHandler, Reply } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { changePassword } from '#functions/services/compte/change-password.ts';
import { refreshCookie } from '#functions/http/auth/refresh-cookie.ts';

/** The other sessions end with the change; this one carries on with a fresh refresh cookie. */
export const changePasswordHandler = httpHandler(routeById('compte.change-password'), async ({ caller, body, sourceIp }) => {
  const tokens = await changePassword(dependencies(), caller.user, { ...body, sourceIp });
  return new Reply({ ok: true as const }, { cookies: [refreshCookie(tokens.refreshToken)] });
});
