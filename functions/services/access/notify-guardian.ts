import { parentAccessEmail } from '#functions/services/mail/credentials.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { User } from '../ports/users.ts';
import { giveCredentials } from './give-credentials.ts';

/**
 * Gives one guardian with an email their account and emails the credentials. Guardians without
 * an email wait: the import that brings their address emails them (guardiansAwaitingAccess).
 */
export async function openGuardianAccess(deps: Dependencies, guardian: User, childNames: string[]): Promise<User> {
  return giveCredentials(deps, guardian, (input) => parentAccessEmail({ ...input, children: childNames }));
}
