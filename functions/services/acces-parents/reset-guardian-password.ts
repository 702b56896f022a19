import { AppError } from '#shared/api/errors.ts';
import { passwordResetEmail } from '#functions/services/mail/credentials.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { accessOpenFor } from '../access/parent-access.ts';
import { giveCredentials } from '../access/give-credentials.ts';
import { openGuardianAccess } from '../access/notify-guardian.ts';
import { childName } from './division-people.ts';

/**
 * « Réinitialiser » next to a guardian (guide 3.5): a new random password, emailed. Only for a
 * guardian with an email whose access was given. One whose child's class is open but who has no
 * account yet (their email came after the opening) gets the access email instead: same button,
 * same outcome for the parent.
 */
export async function resetGuardianPassword(deps: Dependencies, uai: string, userId: string): Promise<{ emailedTo: string }> {
  const guardian = await deps.users.get(uai, userId);
  if (!guardian || guardian.profile !== 'parent' || guardian.leftOn !== null) {
    throw new AppError('GUARDIAN_NOT_FOUND');
  }
  if (!guardian.email) {
    throw new AppError('GUARDIAN_WITHOUT_EMAIL');
  }
  if (guardian.account === 'active') {
    await giveCredentials(deps, guardian, passwordResetEmail);
    return { emailedTo: guardian.email };
  }
  const [children, structure] = await Promise.all([deps.users.getMany(uai, guardian.childIds), deps.structure.list(uai)]);
  const divisions = new Map(structure.map((division) => [division.code, division]));
  const open = children.filter((child) => accessOpenFor(child, divisions));
  if (open.length === 0) {
    throw new AppError('PARENT_ACCESS_NOT_OPEN');
  }
  await openGuardianAccess(deps, guardian, open.map(childName));
  return { emailedTo: guardian.email };
}
