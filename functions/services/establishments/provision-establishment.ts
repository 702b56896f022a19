import { AppError } from '#shared/api/errors.ts';
import { randomTemporaryPassword } from '#shared/domain/temporary-password.ts';
import { establishmentCreatedEmail } from '#functions/services/mail/establishment-created.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { withEstablishmentDefaults } from '../ports/establishments.ts';
import { AlreadyExists } from '../ports/errors.ts';
import { refusedAs } from '../port-refusals.ts';
import { newUser } from '../utilisateurs/new-user.ts';

export interface ProvisionInput {
  uai: string;
  name: string;
  email: string | null;
  adminLogin?: string;
  /** Given only for the demo establishment, whose initial password the README documents. */
  temporaryPassword?: string;
}

export interface ProvisionResult {
  uai: string;
  name: string;
  url: string;
  adminLogin: string;
  temporaryPassword: string;
  emailed: boolean;
}

/**
 * Opens an establishment: its record and its administrator are written in one transaction,
 * then the administrator's account is created with a temporary password; if that fails, the
 * records are removed again so the command can simply be re-run.
 */
export async function provisionEstablishment(deps: Dependencies, input: ProvisionInput): Promise<ProvisionResult> {
  const now = new Date(deps.now()).toISOString();
  const establishment = withEstablishmentDefaults({ uai: input.uai, name: input.name, email: input.email, createdAt: now, updatedAt: now });

  const admin = newUser(
    {
      uai: input.uai,
      login: input.adminLogin ?? 'admin',
      profile: 'admin',
      // No person is known yet: the account is the establishment's administration until renamed.
      firstName: 'Administrateur',
      lastName: '',
      email: input.email,
    },
    now,
  );

  const temporaryPassword = input.temporaryPassword ?? randomTemporaryPassword();

  await refusedAs(deps.provisioning.createEstablishmentWithAdmin(establishment, admin), AlreadyExists, () => new AppError('ESTABLISHMENT_EXISTS'));
  try {
    await deps.accounts.create({ uai: admin.uai, login: admin.login, userId: admin.userId, profile: admin.profile, email: admin.email, temporaryPassword });
  } catch (error) {
    await deps.provisioning.removeEstablishmentWithAdmin(establishment, admin);
    throw error;
  }

  const url = `${deps.appUrl}/${input.uai}`;
  if (input.email) {
    await deps.mailer.send(establishmentCreatedEmail({ to: input.email, establishmentName: input.name, url, login: admin.login, temporaryPassword }));
  }
  return { uai: input.uai, name: input.name, url, adminLogin: admin.login, temporaryPassword, emailed: Boolean(input.email) };
}
