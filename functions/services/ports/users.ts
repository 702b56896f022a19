import type { Profile } from '#shared/domain/profiles.ts';

/** Ids a person carries in the school's own systems, used to recognise them at re-import. */
export interface ExternalIds {
  /** STS-Web `INDIVIDU@ID` (staff). */
  sts?: string;
  /** SIECLE `ELEVE@ELEVE_ID` (learners). */
  eleve?: string;
  /** National learner id. */
  ine?: string;
  /** SIECLE `PERSONNE@PERSONNE_ID` (guardians). */
  personne?: string;
}

/** A person of an establishment, as stored (credentials live in the accounts provider). */
export interface User {
  uai: string;
  userId: string;
  /** `prenom.nom`, unique in the establishment, never changed once given. */
  login: string;
  profile: Profile;
  civility: 'M.' | 'Mme' | null;
  firstName: string;
  lastName: string;
  email: string | null;
  birthDate: string | null;
  /** Suspended users keep their data but cannot sign in. */
  status: 'active' | 'suspended';
  /** Imported from SIECLE/STS, or created by hand (guide 3.3: green vs red). */
  origin: 'import' | 'manual';
  /**
   * `pending`: no account exists yet at the provider. Imported staff and learners sign in the
   * first time with their birth-date password, which creates the account then (so an import of
   * thousands of people makes no provider call); `active` once the account exists.
   */
  account: 'pending' | 'active';
  externalIds: ExternalIds;
  /** Teachers: the divisions and groups they teach; staff: their discipline. */
  divisions: string[];
  discipline: string | null;
  /** Learners: their division (class), groups, diploma, level and MEF. */
  division: string | null;
  groups: string[];
  diploma: string | null;
  level: string | null;
  mefCode: string | null;
  /** Learners: their guardians; guardians: their children (user ids). */
  guardianIds: string[];
  childIds: string[];
  /** Set when the person left (SIECLE DATE_SORTIE, or absent from a staff import): hidden from modules. */
  leftOn: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface UsersPort {
  get(uai: string, userId: string): Promise<User | null>;
  getMany(uai: string, userIds: string[]): Promise<User[]>;
  findByLogin(uai: string, login: string): Promise<User | null>;
  /** Users of some profiles, name-sorted (one Query per profile). */
  listByProfile(uai: string, profiles: Profile[]): Promise<User[]>;
  /** Learners whose division is `code`, name-sorted. */
  learnersOfDivision(uai: string, code: string): Promise<User[]>;
  /** Present learners without a division (imported without a class), name-sorted. */
  learnersWithoutDivision(uai: string): Promise<User[]>;
  /** Creates the user and reserves its login in one transaction; AlreadyExists if the login is taken. */
  create(user: User): Promise<void>;
  /** Replaces a user, conditional on the version read; VersionConflict if it changed meanwhile. Returns the stored user. */
  save(user: User): Promise<User>;
  /** Deletes a user and frees its login. */
  remove(user: User): Promise<void>;
  setEmail(uai: string, userId: string, email: string | null): Promise<User>;
  setStatus(uai: string, userId: string, status: User['status']): Promise<User>;
}
