import { isProfile, type Profile } from '#shared/domain/profiles.ts';
import type { User } from './users.ts';

/**
 * Claim names of the ID token, identical for Cognito (custom attributes) and the local provider.
 * API Gateway's JWT authorizer puts them in `requestContext.authorizer.jwt.claims`.
 */
export const CLAIMS = {
  uai: 'custom:uai',
  profile: 'custom:profile',
  userId: 'custom:userId',
  username: 'cognito:username',
  tokenUse: 'token_use',
} as const;

/** Who is calling, taken only from verified claims. */
export interface AuthContext {
  uai: string;
  userId: string;
  profile: Profile;
  login: string;
}

/** The verified caller of a protected route, with their current stored record. */
export interface Caller extends AuthContext {
  user: User;
}

/** Reads the verified claims; returns null when any is missing or malformed. */
export function authContextFromClaims(claims: Record<string, unknown> | undefined): AuthContext | null {
  if (!claims) return null;
  const uai = claims[CLAIMS.uai];
  const userId = claims[CLAIMS.userId];
  const profile = claims[CLAIMS.profile];
  const username = claims[CLAIMS.username];
  if (claims[CLAIMS.tokenUse] !== 'id') return null;
  if (typeof uai !== 'string' || typeof userId !== 'string' || typeof username !== 'string') return null;
  if (!isProfile(profile)) return null;
  const prefix = `${uai}:`;
  if (!username.startsWith(prefix)) return null;
  return { uai, userId, profile, login: username.slice(prefix.length) };
}
