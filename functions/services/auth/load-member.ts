import { AppError } from '#shared/api/errors.ts';
import { modulesForMember } from '#shared/domain/member-modules.ts';
import { parisToday } from '#shared/domain/calendar-date.ts';
import type { ModuleId } from '#shared/domain/modules.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { AuthContext } from '../ports/claims.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { User } from '../ports/users.ts';

export async function loadEstablishment(deps: Pick<Dependencies, 'establishments'>, uai: string): Promise<Establishment> {
  const establishment = await deps.establishments.get(uai);
  if (!establishment) throw new AppError('ESTABLISHMENT_UNKNOWN');
  return establishment;
}

/**
 * The stored user behind an account that just proved its password. The account and the user
 * are written together, so a miss means the data is broken: refuse rather than guess.
 */
export async function loadSignedInUser(deps: Pick<Dependencies, 'users'>, uai: string, login: string): Promise<User> {
  const user = await deps.users.findByLogin(uai, login);
  if (!user) throw new AppError('AUTH_INVALID_CREDENTIALS');
  // Suspended, or left long enough ago that nothing is left to use (modulesForMember).
  if (user.status !== 'active' || modulesForMember(user, parisToday()).length === 0) throw new AppError('AUTH_ACCOUNT_SUSPENDED');
  return user;
}

/**
 * The stored member behind verified claims, re-read on every protected request: the user must
 * still exist in the token's establishment, be active and have the token's profile and login,
 * so a suspended user is refused at once, not only when the token expires. Someone who left
 * keeps the modules the guide leaves them (modulesForMember); with none left, refused too.
 */
export async function loadMember(deps: Pick<Dependencies, 'users'>, auth: AuthContext): Promise<{ user: User; modules: ModuleId[] }> {
  const user = await deps.users.get(auth.uai, auth.userId);
  if (!user || user.status !== 'active' || user.profile !== auth.profile || user.login !== auth.login) {
    throw new AppError('UNAUTHENTICATED');
  }
  const modules = modulesForMember(user, parisToday());
  if (modules.length === 0) throw new AppError('UNAUTHENTICATED');
  return { user, modules };
}
