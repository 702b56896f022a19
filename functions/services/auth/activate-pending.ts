import { timingSafeEqual } from 'node:crypto';
import { AppError, isAppError } from '#shared/api/errors.ts';
import { initialPasswordFor } from '#shared/domain/initial-passwords.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a.normalize('NFC'));
  const right = Buffer.from(b.normalize('NFC'));
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * First sign-in of an imported teacher, head or learner: their account does not exist yet at the
 * provider (an import of thousands makes no provider call). The initial password is their birth
 * date as the guide says (aaaa-mm-jj for staff, jjmmaaaa for learners); when it matches, the
 * account is created with it as a temporary password, and the usual sign-in then asks for a new
 * one. Anything else is a wrong password.
 */
export async function activatePendingAccount(deps: Dependencies, user: User, password: string): Promise<void> {
  const initial = user.birthDate ? initialPasswordFor(user.profile, user.birthDate) : null;
  if (!initial || !sameText(initial, password)) throw new AppError('AUTH_INVALID_CREDENTIALS');
  if (user.status !== 'active') throw new AppError('AUTH_ACCOUNT_SUSPENDED');
  try {
    await deps.accounts.create({ uai: user.uai, login: user.login, userId: user.userId, profile: user.profile, email: user.email, temporaryPassword: initial });
  } catch (error) {
    // Two first sign-ins at once: the other one created it.
    if (!(isAppError(error) && error.code === 'ACCOUNT_EXISTS')) throw error;
  }
  try {
    await deps.users.save({ ...user, account: 'active' });
  } catch (error) {
    if (!(isAppError(error) && error.code === 'CONFLICT')) throw error;
  }
}
