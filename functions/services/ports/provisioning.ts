import type { Establishment } from './establishments.ts';
import type { User } from './users.ts';

/** Writes a new tenant and its first administrator together, or nothing. */
export interface ProvisioningPort {
  /** AlreadyExists('establishment') when the UAI is taken. */
  createEstablishmentWithAdmin(establishment: Establishment, admin: User): Promise<void>;
  /** Undoes `createEstablishmentWithAdmin` when the account could not be created afterwards. */
  removeEstablishmentWithAdmin(establishment: Establishment, admin: User): Promise<void>;
}
