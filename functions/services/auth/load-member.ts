import { AppError } from '#shared/api/errors.ts';
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
  if (user.status !== 'active') throw new AppError('AUTH_ACCOUNT_SUSPENDED');
  return user;
}
