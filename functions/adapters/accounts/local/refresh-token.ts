import { createHash, randomBytes } from 'node:crypto';
import type { AccountRef } from '#functions/services/ports/accounts.ts';
import { accountUsername } from '#functions/services/ports/accounts.ts';

const RANDOM_BYTES = 32;
const RANDOM_CHARS = Math.ceil((RANDOM_BYTES * 4) / 3); // unpadded base64url

/**
 * A new opaque refresh token, `<base64url(uai:login)>.<32 random bytes, base64url>`. The prefix
 * says which account it belongs to, so the token is stored under the account and `suspend` can
 * find and delete all of an account's tokens with one Query. Only its hash is stored.
 */
export function newRefreshToken(ref: AccountRef): string {
  const owner = Buffer.from(accountUsername(ref), 'utf8').toString('base64url');
  return `${owner}.${randomBytes(RANDOM_BYTES).toString('base64url')}`;
}

/** The account a refresh token claims to belong to, or null when it is not one of ours. */
export function refreshTokenOwner(token: string): AccountRef | null {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [owner, random] = parts as [string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(owner) || random.length !== RANDOM_CHARS || !/^[A-Za-z0-9_-]+$/.test(random)) return null;
  const username = Buffer.from(owner, 'base64url').toString('utf8');
  const colon = username.indexOf(':');
  if (colon <= 0 || colon === username.length - 1) return null;
  return { uai: username.slice(0, colon), login: username.slice(colon + 1) };
}

/** What is stored in place of the token: a leaked table does not hand out sessions. */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}
