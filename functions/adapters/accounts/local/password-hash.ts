import { randomBytes, timingSafeEqual } from 'node:crypto';
import { SCRYPT_PARAMS, scryptKey } from '../scrypt.ts';

const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * Hashes a password as `scrypt$N$r$p$<salt>$<key>` (base64url). The cost parameters travel with
 * the hash so that raising them later does not lock out existing accounts.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptKey(password, salt, KEY_BYTES);
  const { N, r, p } = SCRYPT_PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when the password matches the stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scryptKey(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/**
 * The hash of a random password nobody kept: it never matches. Regenerate it with hashPassword
 * when SCRYPT_PARAMS change, or unknown logins would answer at a different speed.
 */
const NOBODY = 'scrypt$16384$8$1$Qm63-oVwegVJTz0QHO7ziA$t4nyUC_gsfXWBO1UUrcMxs9P8tCU2TX8Oct4EJ0OMNk';

/**
 * Spends the time of a real verification for a login that does not exist, so that response
 * times do not tell an attacker which logins are real. Always false.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  await verifyPassword(password, NOBODY);
  return false;
}

function parseHash(stored: string): { params: { N: number; r: number; p: number }; salt: Buffer; key: Buffer } | null {
  const [scheme, N, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || !salt || !key) return null;
  const params = { N: Number(N), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((value) => Number.isSafeInteger(value) && value > 0)) return null;
  const keyBytes = Buffer.from(key, 'base64url');
  if (keyBytes.length < 16) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), key: keyBytes };
}
