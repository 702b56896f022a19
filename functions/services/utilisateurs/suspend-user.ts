import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';

/**
 * Suspends a user (staff who left, guide 3.1.3): data kept, account disabled and signed out
 * everywhere. The stored status is what the API guard checks, so open sessions end at once.
 */
export async function suspendUser(deps: Pick<Dependencies, 'accounts' | 'users'>, user: Pick<User, 'uai' | 'userId' | 'login'>): Promise<User> {
  const suspended = await deps.users.setStatus(user.uai, user.userId, 'suspended');
  await deps.accounts.suspend({ uai: user.uai, login: user.login });
  return suspended;
}
