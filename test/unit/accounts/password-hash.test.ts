import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '#functions/adapters/accounts/local/password-hash.ts';

describe('local password hashes', () => {
  it('verifies the password it was made from and nothing else', async () => {
    const stored = await hashPassword('choisi-456');

    expect(await verifyPassword('choisi-456', stored)).toBe(true);
    expect(await verifyPassword('choisi-457', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('records scrypt and its cost with a fresh salt each time', async () => {
    const [first, second] = await Promise.all([hashPassword('même-mot'), hashPassword('même-mot')]);

    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
  });

  it('treats the composed and decomposed forms of an accented password as the same password', async () => {
    const stored = await hashPassword('élève-2024'.normalize('NFC'));

    expect(await verifyPassword('élève-2024'.normalize('NFD'), stored)).toBe(true);
  });

  it('refuses everything against a malformed stored hash', async () => {
    for (const stored of ['', 'plain-text', 'scrypt$0$8$1$c2FsdA$a2V5', 'bcrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5']) {
      expect(await verifyPassword('plain-text', stored)).toBe(false);
    }
  });

  it('spends the time of a verification on unknown logins and always says no', async () => {
    expect(await verifyAgainstNothing('choisi-456')).toBe(false);
  });
});
