import { routeById } from '#shared/api/routes.ts';
import { httpHandler, Reply } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { signIn } from '#functions/services/auth/sign-in.ts';
import { session } from '#functions/services/auth/session.ts';
import { refreshCookie } from './refresh-cookie.ts';

export const login = httpHandler(routeById('auth.login'), async ({ body, sourceIp }) => {
  const outcome = await signIn(dependencies(), { ...body, sourceIp });
  if (outcome.status === 'new-password-required') return { status: 'new-password-required' as const, challenge: outcome.challenge };
  return new Reply(
    { status: 'signed-in' as const, session: session(outcome.tokens, outcome.user, outcome.establishment) },
    { cookies: [refreshCookie(outcome.tokens.refreshToken)] },
  );
});
