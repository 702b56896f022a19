import { describe, expect, it } from 'vitest';
import { ERRORS } from '#shared/api/errors.ts';
import { ApiError } from '../../../web/src/lib/api.ts';
import { checkNewPassword, passwordFieldOf } from '../../../web/src/lib/password.ts';

describe('the password fields’ instant check', () => {
  it('says at once what the server would refuse: the login, a common password, a control character', () => {
    expect(checkNewPassword('Camille.Test', 'Camille.Test', 'camille.test')).toEqual({ newPassword: ERRORS.PASSWORD_IS_LOGIN.message });
    expect(checkNewPassword('azerty123', 'azerty123', 'camille.test')).toEqual({ newPassword: ERRORS.PASSWORD_TOO_COMMON.message });
    expect(checkNewPassword('mot\tde passe', 'mot\tde passe', 'camille.test')).toEqual({ newPassword: ERRORS.PASSWORD_CONTROL_CHARACTER.message });
  });

  it('accepts a personal password once confirmed', () => {
    expect(checkNewPassword('cerisier-en-fleur', 'cerisier-en-fleur', 'camille.test')).toEqual({});
    expect(checkNewPassword('cerisier-en-fleur', 'cerisier', 'camille.test')).toHaveProperty('confirmation');
  });

  it('puts every refusal of the new password by the server under its field', () => {
    const refusal = (code: ConstructorParameters<typeof ApiError>[1]) => new ApiError(400, code, 'refusé');
    expect(passwordFieldOf(refusal('PASSWORD_IS_BIRTH_DATE'))).toBe('newPassword');
    expect(passwordFieldOf(refusal('PASSWORD_UNCHANGED'))).toBe('newPassword');
    expect(passwordFieldOf(refusal('AUTH_WRONG_CURRENT_PASSWORD'))).toBe('currentPassword');
    expect(passwordFieldOf(refusal('AUTH_THROTTLED'))).toBeNull();
    expect(passwordFieldOf(refusal('NETWORK'))).toBeNull();
  });
});
