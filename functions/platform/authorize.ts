import { AppError } from '#shared/api/errors.ts';
import type { RouteDef } from '#shared/api/routes.ts';
import { canAccess } from '#shared/domain/modules.ts';
import { authContextFromClaims, type Caller } from '#functions/services/ports/claims.ts';
import { loadMember } from '#functions/services/auth/load-member.ts';
import { dependencies } from './dependencies.ts';

/**
 * The guard every protected route passes through, fed by the route table:
 * 1. claims verified by the JWT authorizer (API Gateway, or the local gateway) must be complete;
 * 2. the profile × module table must grant the route's action;
 * 3. the user must still exist in the token's establishment, be active and have the token's
 *    profile — so a suspended user is refused at once, not only when the token expires;
 * 4. people who left keep only what the guide leaves them (modulesForMember).
 * The establishment always comes from the token, never from the path or the body.
 */
export async function authorize(route: RouteDef, claims: Record<string, unknown> | undefined): Promise<Caller | null> {
  if (route.access.kind === 'public') return null;
  const auth = authContextFromClaims(claims);
  if (!auth) throw new AppError('UNAUTHENTICATED');
  if (route.access.kind === 'module' && !canAccess(auth.profile, route.access.module, route.access.action)) {
    throw new AppError('FORBIDDEN');
  }
  const { user, modules } = await loadMember(dependencies(), auth);
  // Someone who left keeps only what the guide leaves them (a learner's passport export).
  if (route.access.kind === 'module' && !modules.includes(route.access.module)) throw new AppError('FORBIDDEN');
  return { ...auth, user };
}
