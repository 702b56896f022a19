import { scrypt } from 'node:crypto';

/** Cost of every password hash (STACK.md §5: about 80 ms on the reference machine). */
export const SCRYPT_PARAMS = { N: 16384, r: 8, p: 1 } as const;

export type ScryptParams = { N: number; r: number; p: number };

/**
 * Derives a key from a password with scrypt, off the event loop. The password is NFC-normalised
 * so that "é" typed as one code point or as "e" + accent is the same password on every device.
 */
export function scryptKey(password: string, salt: Buffer, keyLength: number, params: ScryptParams = SCRYPT_PARAMS): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, params, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
