import { decodeJwt } from 'jose';
import { AppError } from '#shared/api/errors.ts';
import { modulesForMember } from '#shared/domain/member-modules.ts';
import { parisToday } from '#shared/domain/calendar-date.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { authContextFromClaims } from '#functions/services/ports/claims.ts';
import type { IdToken } from '../ports/accounts.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { User } from '../ports/users.ts';

/**
 * A new ID token from the refresh cookie: how a reload keeps the session without any token
 * in the browser's storage. Refused once the user is suspended.
 */
export async function refreshSession(
  deps: Dependencies,
  refreshToken: string | undefined,
): Promise<{ token: IdToken; user: User; establishment: Establishment }> {
  if (!refreshToken) throw new AppError('UNAUTHENTICATED');
  const token = await deps.accounts.refresh(refreshToken);
  // The token comes straight from the provider over TLS (or in process), so decoding is enough here.
  const auth = authContextFromClaims(decodeJwt(token.idToken));
  if (!auth) throw new AppError('UNAUTHENTICATED');
  const [user, establishment] = await Promise.all([deps.users.get(auth.uai, auth.userId), deps.establishments.get(auth.uai)]);
  if (!user || user.status !== 'active' || !establishment || modulesForMember(user, parisToday()).length === 0) throw new AppError('UNAUTHENTICATED');
  return { token, user, establishment };
}
