import { AlreadyExists } from '../ports/errors.ts';
import { randomTemporaryPassword } from '#shared/domain/temporary-password.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Email } from '../ports/mailer.ts';
import type { User } from '../ports/users.ts';
import type { CredentialsInput } from '#functions/services/mail/credentials.ts';

/**
 * Gives a user a random temporary password and emails it: creates their provider account when
 * it is still pending (imported people), or resets it. The password must be changed at the next
 * sign-in. Returns the user as saved (account active).
 */
export async function giveCredentials(deps: Dependencies, user: User, email: (input: CredentialsInput) => Email, changes: Partial<User> = {}): Promise<User> {
  const establishment = await deps.establishments.get(user.uai);
  const temporaryPassword = randomTemporaryPassword();
  const ref = { uai: user.uai, login: user.login };
  if (user.account === 'pending') {
    try {
      await deps.accounts.create({ ...ref, userId: user.userId, profile: user.profile, email: user.email, temporaryPassword });
    } catch (error) {
      // A first sign-in may have created it meanwhile: then reset it like any other.
      if (!(error instanceof AlreadyExists)) throw error;
      await deps.accounts.setPassword(ref, temporaryPassword, { temporary: true });
    }
  } else {
    await deps.accounts.setPassword(ref, temporaryPassword, { temporary: true });
  }
  const saved = user.account === 'active' && Object.keys(changes).length === 0 ? user : await deps.users.save({ ...user, ...changes, account: 'active' });
  await deps.mailer.send(
    email({ to: user.email!, establishmentName: establishment?.name ?? user.uai, url: `${deps.appUrl}/${user.uai}`, login: user.login, temporaryPassword }),
  );
  return saved;
}
