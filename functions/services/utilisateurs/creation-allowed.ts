import { AppError } from '#shared/api/errors.ts';
import type { Establishment } from '../ports/establishments.ts';

/**
 * Manual creation needs the establishment's name and email (guide 3.3): the credentials email
 * names the establishment, and replies go to its address.
 */
export function canCreateUsers(establishment: Pick<Establishment, 'name' | 'email'>): boolean {
  return establishment.name.trim() !== '' && Boolean(establishment.email?.trim());
}

export function assertCanCreateUsers(establishment: Pick<Establishment, 'name' | 'email'>): void {
  if (!canCreateUsers(establishment)) throw new AppError('ESTABLISHMENT_INCOMPLETE');
}
