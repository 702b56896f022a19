import { AppError } from '#shared/api/errors.ts';
import type { CreateStaffUser } from '#shared/api/schemas/utilisateurs.ts';
import { assignLogins } from '#shared/domain/logins.ts';
import { PROFILES } from '#shared/domain/profiles.ts';
import { randomTemporaryPassword } from '#shared/domain/temporary-password.ts';
import { accountCreatedEmail } from '#functions/services/mail/credentials.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { AlreadyExists } from '../ports/errors.ts';
import { loadEstablishment } from '../auth/load-member.ts';
import { newUser } from './new-user.ts';
import { checkedDivisions } from './checked-divisions.ts';
import { assertCanCreateUsers } from './creation-allowed.ts';
import type { StaffMember } from './staff-user.ts';

/** Logins tried before giving up: each retry means someone took the previous one meanwhile. */
const LOGIN_ATTEMPTS = 5;

/**
 * Creates a teacher or another staff user by hand (guide 3.3): a `prenom.nom` login free in the
 * establishment, a provider account with a random temporary password, and the credentials
 * emailed to them. Only once the establishment has its name and email (Paramètres).
 *
 * The account is created here rather than through `giveCredentials`, whose "account exists →
 * reset it" fallback is right for imported people but wrong for a brand-new login: an existing
 * account there is a leftover of a deleted user (the provider cannot delete accounts yet, see
 * delete-staff-user.ts), disabled and carrying that user's id. Such a login is skipped instead.
 */
export async function createStaffUser(deps: Dependencies, uai: string, input: CreateStaffUser): Promise<StaffMember> {
  const establishment = await loadEstablishment(deps, uai);
  assertCanCreateUsers(establishment);
  const divisions = await checkedDivisions(deps, uai, input.divisions);
  const taken = new Set((await deps.users.listByProfile(uai, [...PROFILES])).map((user) => user.login));

  for (let attempt = 0; attempt < LOGIN_ATTEMPTS; attempt += 1) {
    const login = assignLogins([{ key: 'new', firstName: input.firstName, lastName: input.lastName }], taken).get('new')!;
    taken.add(login);
    const user = newUser({
      uai,
      login,
      profile: input.profile,
      civility: input.civility,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate,
      email: input.email,
      divisions,
      discipline: input.discipline || null,
      origin: 'manual',
      account: 'pending',
    });
    // The login item is reserved in the same transaction as the user: a race shows up here.
    if (!(await tolerateExisting(() => deps.users.create(user)))) continue;

    const temporaryPassword = randomTemporaryPassword();
    const created = await tolerateExisting(() =>
      deps.accounts.create({ uai, login, userId: user.userId, profile: user.profile, email: user.email, temporaryPassword }),
    );
    if (!created) {
      await deps.users.remove(user);
      continue;
    }
    // From here on the person exists: if the email fails, the administrator resets the password.
    const saved = await deps.users.save({ ...user, account: 'active' });
    await deps.mailer.send(
      accountCreatedEmail({ to: input.email, establishmentName: establishment.name, url: `${deps.appUrl}/${uai}`, login, temporaryPassword }),
    );
    return { ...saved, profile: input.profile };
  }
  throw new AppError('LOGIN_UNAVAILABLE');
}

/** Runs `write`; false when it met an existing login or account. */
async function tolerateExisting(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof AlreadyExists) return false;
    throw error;
  }
}
