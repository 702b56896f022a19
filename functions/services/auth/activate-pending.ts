import { timingSafeEqual } from 'node:crypto';
import { AppError } from '#shared/api/errors.ts';
import { initialPasswordFor } from '#shared/domain/initial-passwords.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { AlreadyExists, VersionConflict } from '../ports/errors.ts';
import type { User } from '../ports/users.ts';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a.normalize('NFC'));
  const right = Buffer.from(b.normalize('NFC'));
  return left.length === right.length && timingSafeEqual(left, right);
}

const initialPasswordOf = (user: User) => (user.birthDate ? initialPasswordFor(user.profile, user.birthDate) : null);

/** Whether the password is the imported user's initial one: their birth date (decision 10). */
export function isInitialPassword(user: User, password: string): boolean {
  const initial = initialPasswordOf(user);
  return initial !== null && sameText(initial, password);
}

/**
 * First sign-in of an imported teacher, head or learner whose password is right
 * (`isInitialPassword`): their account does not exist yet at the provider (an import of
 * thousands makes no provider call). It is created with the birth date as a temporary password
 * (aaaa-mm-jj for staff, jjmmaaaa for learners), and the usual sign-in then asks for a new one.
 */
export async function activatePendingAccount(deps: Dependencies, user: User): Promise<void> {
  const initial = initialPasswordOf(user);
  if (!initial) throw new AppError('AUTH_INVALID_CREDENTIALS');
  if (user.status !== 'active') throw new AppError('AUTH_ACCOUNT_SUSPENDED');
  try {
    await deps.accounts.create({ uai: user.uai, login: user.login, userId: user.userId, profile: user.profile, email: user.email, temporaryPassword: initial });
  } catch (error) {
    // Two first sign-ins at once: the other one created it.
    if (!(error instanceof AlreadyExists)) throw error;
  }
  try {
    await deps.users.save({ ...user, account: 'active' });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
  }
}
