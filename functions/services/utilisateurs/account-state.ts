import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { Missing } from '../ports/errors.ts';
import type { User } from '../ports/users.ts';

/** Disables a user's provider account; an account that never existed has nothing to disable. */
export async function suspendAccount(deps: Pick<Dependencies, 'accounts'>, user: Pick<User, 'uai' | 'login'>): Promise<void> {
  try {
    await deps.accounts.suspend({ uai: user.uai, login: user.login });
  } catch (error) {
    if (!(error instanceof Missing)) throw error;
  }
}

export async function reactivateAccount(deps: Pick<Dependencies, 'accounts'>, user: Pick<User, 'uai' | 'login'>): Promise<void> {
  try {
    await deps.accounts.reactivate({ uai: user.uai, login: user.login });
  } catch (error) {
    if (!(error instanceof Missing)) throw error;
  }
}
