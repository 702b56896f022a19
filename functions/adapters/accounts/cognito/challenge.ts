import { createHash, timingSafeEqual } from 'node:crypto';
import { scryptKey } from '../scrypt.ts';

const FINGERPRINT_BYTES = 16;

interface Envelope {
  session: string;
  /** scrypt of the temporary password, salted with the session. */
  fingerprint: string;
}

/**
 * Our challenge around Cognito's NEW_PASSWORD_REQUIRED session. Cognito accepts the temporary
 * password as the new one (amplify-js#7957, "won't fix") and the adapter keeps no state, so the
 * challenge carries a slow, session-salted fingerprint of the temporary password: enough to say
 * PASSWORD_UNCHANGED, and useless once the session (3 minutes) and the password are gone.
 */
export async function wrapChallenge(session: string, temporaryPassword: string): Promise<string> {
  const fingerprint = (await fingerprintOf(temporaryPassword, session)).toString('base64url');
  return Buffer.from(JSON.stringify({ session, fingerprint } satisfies Envelope), 'utf8').toString('base64url');
}

/** Cognito's session and the fingerprint, or null for anything we did not issue. */
export function unwrapChallenge(challenge: string): Envelope | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(challenge, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { session, fingerprint } = value as Record<string, unknown>;
    if (typeof session !== 'string' || typeof fingerprint !== 'string' || !session) return null;
    return { session, fingerprint };
  } catch {
    return null;
  }
}

/** True when the candidate is the temporary password the challenge was issued for. */
export async function isTemporaryPassword(candidate: string, envelope: Envelope): Promise<boolean> {
  const expected = Buffer.from(envelope.fingerprint, 'base64url');
  const actual = await fingerprintOf(candidate, envelope.session);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function fingerprintOf(password: string, session: string): Promise<Buffer> {
  const salt = createHash('sha256').update(session, 'utf8').digest().subarray(0, 16);
  return scryptKey(password, salt, FINGERPRINT_BYTES);
}
