import type { Profile } from '#shared/domain/profiles.ts';

/**
 * The accounts port: sign-in and credentials. Two adapters implement it with the same rules
 * (shared/domain/account-policy.ts): Cognito in AWS, the local provider in the embedded stack.
 * Errors are the ports' (./errors.ts: AccountRefused with its reason, AlreadyExists, Missing),
 * never provider errors.
 *
 * An account is named by its establishment and login; the provider's username is `<uai>:<login>`.
 * Tokens carry the claims of `functions/services/ports/claims.ts`.
 */
export interface AccountRef {
  uai: string;
  login: string;
}

export interface NewAccount extends AccountRef {
  userId: string;
  profile: Profile;
  email: string | null;
  /** Initial password: the account must choose a new one at first sign-in. */
  temporaryPassword: string;
}

export interface IdToken {
  idToken: string;
  expiresInSeconds: number;
}

export interface Tokens extends IdToken {
  refreshToken: string;
}

export type SignInResult = { kind: 'signed-in'; tokens: Tokens } | { kind: 'new-password-required'; challenge: string };

export interface AccountsPort {
  /** Creates an account in FORCE_CHANGE_PASSWORD state. AlreadyExists if the login is taken. */
  create(account: NewAccount): Promise<void>;
  /**
   * Checks the password. A suspended account is reported only when the password is right,
   * so that an attacker learns nothing about which logins exist.
   */
  signIn(ref: AccountRef, password: string): Promise<SignInResult>;
  /** Answers a `new-password-required` challenge; the challenge expires after a few minutes. */
  completeNewPassword(ref: AccountRef, challenge: string, newPassword: string): Promise<Tokens>;
  /** A fresh ID token from a refresh token; refused once the account is suspended or signed out. */
  refresh(refreshToken: string): Promise<IdToken>;
  /** Revokes one refresh token (log out). Unknown tokens are ignored. */
  revoke(refreshToken: string): Promise<void>;
  /**
   * Sets a password and ends every session of the account (its refresh tokens stop working);
   * `temporary` forces a change at next sign-in. ID tokens already issued live on until they
   * expire (ID_TOKEN_MINUTES), as with Cognito.
   */
  setPassword(ref: AccountRef, password: string, options: { temporary: boolean }): Promise<void>;
  setEmail(ref: AccountRef, email: string | null): Promise<void>;
  /** Disables the account and revokes its refresh tokens. */
  suspend(ref: AccountRef): Promise<void>;
  reactivate(ref: AccountRef): Promise<void>;
  /** The profile carried by the next tokens (a manual user's profile changed by the administrator). */
  setProfile(ref: AccountRef, profile: Profile): Promise<void>;
  /** Deletes the account and ends its sessions; a missing account is not an error. */
  remove(ref: AccountRef): Promise<void>;
}

export function accountUsername(ref: AccountRef): string {
  return `${ref.uai}:${ref.login}`;
}
