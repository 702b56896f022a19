import { describe, expect, it } from 'vitest';
import { passwordProblem } from '#shared/domain/account-policy.ts';
import { randomTemporaryPassword } from '#shared/domain/temporary-password.ts';

describe('password policy (guide 2.2: 6 characters minimum, letters and/or digits)', () => {
  it('accepts 6 characters of any kind, without forced symbols', () => {
    expect(passwordProblem('abcdef')).toBeNull();
    expect(passwordProblem('123456')).toBeNull();
    expect(passwordProblem('été2026')).toBeNull();
  });

  it('refuses short passwords and surrounding spaces with a French reason', () => {
    expect(passwordProblem('abcde')).toBe('Le mot de passe doit comporter au moins 6 caractères.');
    expect(passwordProblem(' abcdef')).toMatch(/espace/);
  });

  it('draws temporary passwords without look-alike characters, evenly', () => {
    const passwords = Array.from({ length: 200 }, () => randomTemporaryPassword());
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{10}$/);
    expect(new Set(passwords).size).toBe(200);
    expect(passwordProblem(passwords[0]!)).toBeNull();
  });
});
