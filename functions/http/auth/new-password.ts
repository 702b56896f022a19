import { routeById } from '#shared/api/routes.ts';
import { httpHandler, Reply } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { completeNewPassword } from '#functions/services/auth/complete-new-password.ts';
import { session } from '#functions/services/auth/session.ts';
import { refreshCookie } from './refresh-cookie.ts';

export const newPassword = httpHandler(routeById('auth.new-password'), async ({ body, sourceIp }) => {
  const { tokens, user, establishment } = await completeNewPassword(dependencies(), { ...body, sourceIp });
  return new Reply({ session: session(tokens, user, establishment) }, { cookies: [refreshCookie(tokens.refreshToken)] });
});
