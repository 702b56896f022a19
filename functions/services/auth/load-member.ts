import { AppError } from '#shared/api/errors.ts';
import { modulesForMember } from '#shared/domain/member-modules.ts';
import { parisToday } from '#shared/domain/calendar-date.ts';
import type { Dependencies } from '#functions/platform/dependencies.ts';
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
