import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';

/** Mon compte: the address used for password resets and access emails (guide 2.2). */
export async function changeEmail(deps: Dependencies, user: User, email: string): Promise<User> {
  await deps.accounts.setEmail({ uai: user.uai, login: user.login }, email);
  return deps.users.setEmail(user.uai, user.userId, email);
}
