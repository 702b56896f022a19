import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Profile } from '#shared/domain/profiles.ts';
import { AccountRefused, Missing } from '#functions/services/ports/errors.ts';
import { REFRESH_TOKEN_DAYS } from '#shared/domain/account-policy.ts';
import { documentClient } from '#functions/adapters/store/dynamo.ts';
import type { AccountRef, AccountsPort, IdToken, NewAccount, SignInResult, Tokens } from '#functions/services/ports/accounts.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { AccountStore, type Account } from './account-store.ts';
import { challengeMatches, signChallenge } from './challenge.ts';
import { signIdToken } from './id-token.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password-hash.ts';
import { newRefreshToken, refreshTokenHash, refreshTokenOwner } from './refresh-token.ts';
import { signingKey } from './signing-key.ts';

export interface LocalAccountsOptions {
  tableName: string;
  /** Folder of the signing key (`LOCAL_AUTH_DIR`). */
  authDir: string;
  client?: DynamoDBDocumentClient;
  /** Milliseconds since the epoch; tests move it to expire challenges and refresh tokens. */
  now?: () => number;
}

/**
 * The accounts provider of the embedded stack: accounts in the single table, scrypt hashes, RS256
 * tokens with Cognito's claim names. It enforces the rules cognito-local does not (STACK.md §3.3):
 * the temporary password is checked, challenges expire and work once, suspended accounts are
 * refused, refresh tokens can be revoked.
 */
export function localAccounts(options: LocalAccountsOptions): AccountsPort {
  const store = new AccountStore(options.client ?? documentClient(), options.tableName);
  return new LocalAccounts(store, options.authDir, options.now ?? Date.now);
}

class LocalAccounts implements AccountsPort {
  constructor(
    private readonly store: AccountStore,
    private readonly authDir: string,
    private readonly now: () => number,
  ) {}

  async create(account: NewAccount): Promise<void> {
    assertPasswordPolicy(account.temporaryPassword);
    const { uai, login, userId, profile, email } = account;
    const passwordHash = await hashPassword(account.temporaryPassword);
    const status = 'FORCE_CHANGE_PASSWORD';
    await this.store.insert({ uai, login, userId, profile, email, passwordHash, status, enabled: true, version: 1 }, this.nowIso());
  }

  async signIn(ref: AccountRef, password: string): Promise<SignInResult> {
    const account = await this.store.get(ref);
    // Unknown login and wrong password: same error, same time.
    const matches = account ? await verifyPassword(password, account.passwordHash) : await verifyAgainstNothing(password);
    if (!account || !matches) throw new AccountRefused('invalid-credentials');
    // Only now, so that the suspension tells nothing to someone who does not know the password.
    if (!account.enabled) throw new AccountRefused('suspended');
    if (account.status === 'FORCE_CHANGE_PASSWORD') {
      const challenge = await signChallenge(await signingKey(this.authDir), ref, account.passwordHash, this.now());
      return { kind: 'new-password-required', challenge };
    }
    return { kind: 'signed-in', tokens: await this.issueTokens(account, this.nowSeconds()) };
  }

  async completeNewPassword(ref: AccountRef, challenge: string, newPassword: string): Promise<Tokens> {
    const account = await this.store.get(ref);
    const genuine =
      account?.status === 'FORCE_CHANGE_PASSWORD' && (await challengeMatches(await signingKey(this.authDir), challenge, ref, account.passwordHash, this.now()));
    if (!account || !genuine) throw new AccountRefused('challenge-expired');
    if (!account.enabled) throw new AccountRefused('suspended');
    assertPasswordPolicy(newPassword);
    if (await verifyPassword(newPassword, account.passwordHash)) throw new AccountRefused('password-unchanged');
    const passwordHash = await hashPassword(newPassword);
    // Conditional on the old hash: of two answers to one challenge, only the first wins.
    const changed = await this.store.setPassword(ref, { passwordHash, status: 'CONFIRMED', expectedHash: account.passwordHash }, this.nowIso());
    if (!changed) throw new AccountRefused('challenge-expired');
    return this.issueTokens(account, this.nowSeconds());
  }

  async refresh(refreshToken: string): Promise<IdToken> {
    const ref = refreshTokenOwner(refreshToken);
    if (!ref) throw new AccountRefused('session-invalid');
    const [stored, account] = await Promise.all([this.store.getRefreshToken(ref, refreshTokenHash(refreshToken)), this.store.get(ref)]);
    // The emulator keeps expired items (no TTL deletion), and AWS deletes them late: check here.
    const usable = stored && stored.expiresAt > this.nowSeconds() && account?.enabled && account.status === 'CONFIRMED';
    if (!stored || !account || !usable) throw new AccountRefused('session-invalid');
    // Claims come from the account as it is now, not as it was at sign-in.
    return signIdToken(await signingKey(this.authDir), account, { nowMs: this.now(), authTime: stored.authTime });
  }

  async revoke(refreshToken: string): Promise<void> {
    const ref = refreshTokenOwner(refreshToken);
    if (ref) await this.store.deleteRefreshToken(ref, refreshTokenHash(refreshToken));
  }

  async setPassword(ref: AccountRef, password: string, options: { temporary: boolean }): Promise<void> {
    assertPasswordPolicy(password);
    const passwordHash = await hashPassword(password);
    const status = options.temporary ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED';
    if (!(await this.store.setPassword(ref, { passwordHash, status }, this.nowIso()))) throw new Missing();
    // A new password ends the sessions of whoever knew the old one (reset or change alike).
    await this.store.deleteRefreshTokens(ref);
  }

  async setEmail(ref: AccountRef, email: string | null): Promise<void> {
    if (!(await this.store.setEmail(ref, email, this.nowIso()))) throw new Missing();
  }

  async suspend(ref: AccountRef): Promise<void> {
    if (!(await this.store.setEnabled(ref, false, this.nowIso()))) throw new Missing();
    await this.store.deleteRefreshTokens(ref);
  }

  async reactivate(ref: AccountRef): Promise<void> {
    if (!(await this.store.setEnabled(ref, true, this.nowIso()))) throw new Missing();
  }

  async setProfile(ref: AccountRef, profile: Profile): Promise<void> {
    if (!(await this.store.setProfile(ref, profile, this.nowIso()))) throw new Missing();
  }

  async remove(ref: AccountRef): Promise<void> {
    await this.store.delete(ref);
  }

  private async issueTokens(account: Account, authTime: number): Promise<Tokens> {
    const { idToken, expiresInSeconds } = await signIdToken(await signingKey(this.authDir), account, { nowMs: this.now(), authTime });
    const refreshToken = newRefreshToken(account);
    await this.store.putRefreshToken(account, refreshTokenHash(refreshToken), {
      expiresAt: this.nowSeconds() + REFRESH_TOKEN_DAYS * 24 * 60 * 60,
      authTime,
    });
    return { idToken, expiresInSeconds, refreshToken };
  }

  private nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }
}
