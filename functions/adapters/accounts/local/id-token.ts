import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { AccountRefused } from '#functions/services/ports/errors.ts';
import { ID_TOKEN_MINUTES } from '#shared/domain/account-policy.ts';
import type { Profile } from '#shared/domain/profiles.ts';
import { CLAIMS } from '#functions/services/ports/claims.ts';
import { accountUsername, type IdToken } from '#functions/services/ports/accounts.ts';
import { localJwks, SIGNING_ALGORITHM, type SigningKey } from './signing-key.ts';

/** Issuer and audience of local ID tokens; the local gateway checks both, as API Gateway would. */
export const LOCAL_ISSUER = 'cerise-local';
export const LOCAL_AUDIENCE = 'cerise-local';

export interface TokenHolder {
  uai: string;
  login: string;
  userId: string;
  profile: Profile;
  email: string | null;
}

/**
 * Signs an ID token with the claim names Cognito uses (`sub`, `custom:*`, `cognito:username`,
 * `token_use`), so that nothing downstream knows which provider issued it. `authTime` stays the
 * time of the password check across refreshes, as in Cognito.
 */
export async function signIdToken(key: SigningKey, holder: TokenHolder, times: { nowMs: number; authTime: number }): Promise<IdToken> {
  const issuedAt = Math.floor(times.nowMs / 1000);
  const expiresInSeconds = ID_TOKEN_MINUTES * 60;
  const idToken = await new SignJWT({
    [CLAIMS.uai]: holder.uai,
    [CLAIMS.profile]: holder.profile,
    [CLAIMS.userId]: holder.userId,
    [CLAIMS.username]: accountUsername(holder),
    [CLAIMS.tokenUse]: 'id',
    auth_time: times.authTime,
    ...(holder.email ? { email: holder.email, email_verified: true } : {}),
  })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(holder.userId)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + expiresInSeconds)
    // Two tokens issued in the same second must still differ (a refresh returns a new token).
    .setJti(randomUUID())
    .sign(key.privateKey);
  return { idToken, expiresInSeconds };
}

/**
 * Verifies a local ID token the way API Gateway's JWT authorizer verifies Cognito's: signature
 * against the JWKS, issuer, audience and expiry. Returns its claims; AccountRefused('session-invalid') otherwise.
 */
export async function verifyLocalIdToken(token: string, dir: string): Promise<Record<string, unknown>> {
  const jwks = createLocalJWKSet(await localJwks(dir));
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: [SIGNING_ALGORITHM],
    });
    if (payload[CLAIMS.tokenUse] !== 'id') throw new AccountRefused('session-invalid');
    return payload;
  } catch {
    throw new AccountRefused('session-invalid');
  }
}
