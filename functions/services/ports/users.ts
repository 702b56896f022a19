import type { Profile } from '#shared/domain/profiles.ts';

/** A person of an establishment, as stored (credentials live in the accounts provider). */
export interface User {
  uai: string;
  userId: string;
  /** `prenom.nom`, unique in the establishment, never changed once given. */
  login: string;
  profile: Profile;
  firstName: string;
  lastName: string;
  email: string | null;
  /** Suspended users keep their data but cannot sign in; departed ones are hidden from modules. */
  status: 'active' | 'suspended';
  /** Imported from SIECLE/STS, or created by hand (guide 3.3: green vs red). */
  origin: 'import' | 'manual';
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface UsersPort {
  get(uai: string, userId: string): Promise<User | null>;
  findByLogin(uai: string, login: string): Promise<User | null>;
  /** Creates the user and reserves its login in one transaction; ACCOUNT_EXISTS if the login is taken. */
  create(user: User): Promise<void>;
  setEmail(uai: string, userId: string, email: string | null): Promise<User>;
  setStatus(uai: string, userId: string, status: User['status']): Promise<User>;
}
