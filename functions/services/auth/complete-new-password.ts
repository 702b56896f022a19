import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Tokens } from '../ports/accounts.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { User } from '../ports/users.ts';
import { loadEstablishment, loadSignedInUser } from './load-member.ts';

/** Second step of a first sign-in: the initial password is replaced before anything else. */
export async function completeNewPassword(
  deps: Dependencies,
  input: { uai: string; login: string; challenge: string; newPassword: string },
): Promise<{ tokens: Tokens; user: User; establishment: Establishment }> {
  const establishment = await loadEstablishment(deps, input.uai);
  const tokens = await deps.accounts.completeNewPassword({ uai: input.uai, login: input.login }, input.challenge, input.newPassword);
  const user = await loadSignedInUser(deps, input.uai, input.login);
  return { tokens, user, establishment };
}
