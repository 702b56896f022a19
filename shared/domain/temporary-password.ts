/**
 * Random temporary passwords for emailed accounts (guide: manual users and parents). Letters and
 * digits without look-alikes (0/O, 1/l/I), 10 characters: easy to copy from an email, and the
 * user must replace it at first sign-in anyway.
 */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** @example randomTemporaryPassword() // 'k7PqR2mXa9' */
export function randomTemporaryPassword(length = 10, random: (bytes: number) => Uint8Array = defaultRandom): string {
  const bytes = random(length * 2);
  let password = '';
  for (const byte of bytes) {
    // Reject bytes past the largest multiple of the alphabet size, so every character is equally likely.
    if (byte >= 256 - (256 % ALPHABET.length)) continue;
    password += ALPHABET[byte % ALPHABET.length];
    if (password.length === length) return password;
  }
  return password + randomTemporaryPassword(length - password.length, random);
}

function defaultRandom(bytes: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(bytes));
}
