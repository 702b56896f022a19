import { describe, expect, it } from 'vitest';
import { ERRORS } from '#shared/api/errors.ts';
import commonPasswords from '#shared/data/common-passwords.json' with { type: 'json' };
import { chosenPasswordProblem, chosenPasswordRuleBroken, PASSWORD_POLICY, passwordProblem } from '#shared/domain/account-policy.ts';
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

describe('passwords a user chooses (first sign-in, Mon compte)', () => {
  const learner = { login: 'hugo.martin', birthDate: '2008-11-02' };

  it('accepts a personal password', () => {
    expect(chosenPasswordRuleBroken('Cerisier du jardin 7', learner)).toBeNull();
    expect(chosenPasswordRuleBroken('mon-secret-1', learner)).toBeNull();
    expect(chosenPasswordProblem('mon-secret-1', learner)).toBeNull();
  });

  it('keeps the rules of every password first: 6 characters at least', () => {
    expect(chosenPasswordRuleBroken('abc', learner)).toBe('PASSWORD_POLICY');
    expect(chosenPasswordProblem('abc', learner)).toBe(passwordProblem('abc'));
  });

  it('refuses the login itself, whatever its case', () => {
    expect(chosenPasswordRuleBroken('hugo.martin', learner)).toBe('PASSWORD_IS_LOGIN');
    expect(chosenPasswordRuleBroken('Hugo.Martin', learner)).toBe('PASSWORD_IS_LOGIN');
    expect(chosenPasswordProblem('hugo.martin', learner)).toBe(ERRORS.PASSWORD_IS_LOGIN.message);
  });

  it.each(['02112008', '20081102', '021108', '2008-11-02', '02/11/2008', '2/11/2008', '02-11-2008', '02.11.2008', '02 11 2008', '02/11/08'])(
    'refuses the birth date written %s',
    (written) => {
      expect(chosenPasswordRuleBroken(written, learner)).toBe('PASSWORD_IS_BIRTH_DATE');
    },
  );

  it('does not mistake another date, or a date without a known birth date, for the birth date', () => {
    expect(chosenPasswordRuleBroken('03/11/2008', learner)).toBeNull();
    expect(chosenPasswordRuleBroken('02/11/2008', { login: 'hugo.martin' })).toBeNull();
    expect(chosenPasswordRuleBroken('02/11/2008', { login: 'hugo.martin', birthDate: null })).toBeNull();
  });

  it.each(['123456', 'azerty', 'AZERTY', 'motdepasse', 'soleil', 'password', 'azertyuiop', 'soleil2010', 'azerty!', 'doudou'])(
    'refuses the common password %s',
    (common) => {
      expect(chosenPasswordRuleBroken(common, learner)).toBe('PASSWORD_TOO_COMMON');
    },
  );

  it('ships a list of a few hundred common passwords, each one the policy would otherwise accept', () => {
    expect(commonPasswords.passwords.length).toBeGreaterThanOrEqual(200);
    expect(commonPasswords.passwords.length).toBeLessThanOrEqual(500);
    for (const common of commonPasswords.passwords) expect(passwordProblem(common)).toBeNull();
  });

  it.each(['mot\tde passe', 'retour\nchariot', 'nul\u0000caractère', 'effacer\u007f!', 'c1\u0085contrôle'])(
    'refuses a control character (%j)',
    (withControl) => {
      expect(chosenPasswordRuleBroken(withControl, learner)).toBe('PASSWORD_CONTROL_CHARACTER');
      expect(passwordProblem(withControl)).toBe(ERRORS.PASSWORD_CONTROL_CHARACTER.message);
    },
  );

  it('gives every refusal its own French message from the catalogue', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_POLICY.maxLength + 1))).toBe(ERRORS.PASSWORD_TOO_LONG.message);
    expect(ERRORS.PASSWORD_TOO_LONG.message).toContain(String(PASSWORD_POLICY.maxLength));
    expect(ERRORS.PASSWORD_POLICY.message).toContain(String(PASSWORD_POLICY.minLength));
    expect(chosenPasswordProblem('02112008', learner)).toBe(ERRORS.PASSWORD_IS_BIRTH_DATE.message);
    expect(chosenPasswordProblem('azerty123', learner)).toBe(ERRORS.PASSWORD_TOO_COMMON.message);
  });
});
