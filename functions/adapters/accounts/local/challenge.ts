import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { NEW_PASSWORD_SESSION_MINUTES } from '#shared/domain/account-policy.ts';
import { accountUsername, type AccountRef } from '#functions/services/ports/accounts.ts';
import { LOCAL_ISSUER } from './id-token.ts';
import { SIGNING_ALGORITHM, type SigningKey } from './signing-key.ts';

// A distinct audience: a challenge can never pass for an ID token, nor the reverse.
const CHALLENGE_AUDIENCE = 'cerise-local:new-password';
const PASSWORD_CLAIM = 'pwd';

/**
 * The NEW_PASSWORD_REQUIRED session: a signed token that expires after a few minutes, bound to
 * the account and to its current password hash. Once the password changes the fingerprint no
 * longer matches, so a challenge works once (cognito-local checks none of this).
 */
export async function signChallenge(key: SigningKey, ref: AccountRef, passwordHash: string, nowMs: number): Promise<string> {
  const issuedAt = Math.floor(nowMs / 1000);
  return new SignJWT({ [PASSWORD_CLAIM]: passwordFingerprint(passwordHash) })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'new-password+jwt' })
    .setSubject(accountUsername(ref))
    .setIssuer(LOCAL_ISSUER)
    .setAudience(CHALLENGE_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + NEW_PASSWORD_SESSION_MINUTES * 60)
    .sign(key.privateKey);
}

/** True when the challenge is genuine, unexpired, for this account and this password hash. */
export async function challengeMatches(key: SigningKey, challenge: string, ref: AccountRef, passwordHash: string, nowMs: number): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(challenge, key.publicKey, {
      issuer: LOCAL_ISSUER,
      audience: CHALLENGE_AUDIENCE,
      subject: accountUsername(ref),
      algorithms: [SIGNING_ALGORITHM],
      typ: 'new-password+jwt',
      currentDate: new Date(nowMs),
    });
    return payload[PASSWORD_CLAIM] === passwordFingerprint(passwordHash);
  } catch {
    return false;
  }
}

// A digest of the stored hash, not the hash itself: the challenge travels through the browser.
function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash, 'utf8').digest('base64url');
}
