import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '#shared/api/errors.ts';
import { fromPortError } from '#functions/platform/port-errors.ts';
import { fromCognitoError, type CognitoOperation } from '#functions/adapters/accounts/cognito/errors.ts';

function cognitoError(name: string, message = ''): Error {
  return Object.assign(new Error(message), { name });
}

function codeOf(error: Error, operation: CognitoOperation): ErrorCode | 'unchanged' {
  const mapped = fromCognitoError(error, operation);
  if (mapped === error) return 'unchanged';
  const answered = fromPortError(mapped);
  if (!answered) throw new Error('neither a port error nor the original error');
  return answered.code;
}

describe('Cognito errors', () => {
  it.each<[string, string, CognitoOperation, ErrorCode | 'unchanged']>([
    ['NotAuthorizedException', 'Incorrect username or password.', 'sign-in', 'AUTH_INVALID_CREDENTIALS'],
    ['NotAuthorizedException', 'User is disabled.', 'sign-in', 'AUTH_ACCOUNT_SUSPENDED'],
    ['NotAuthorizedException', 'Password attempts exceeded', 'sign-in', 'ACCOUNT_THROTTLED'],
    ['NotAuthorizedException', 'Temporary password has expired and must be reset by an administrator.', 'sign-in', 'AUTH_INVALID_CREDENTIALS'],
    ['UserNotFoundException', 'User does not exist.', 'sign-in', 'AUTH_INVALID_CREDENTIALS'],
    ['InvalidPasswordException', 'Invalid password', 'sign-in', 'AUTH_INVALID_CREDENTIALS'],
    ['TooManyRequestsException', 'Rate exceeded', 'sign-in', 'ACCOUNT_THROTTLED'],
    ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 'new-password', 'AUTH_CHALLENGE_EXPIRED'],
    ['NotAuthorizedException', 'User is disabled.', 'new-password', 'AUTH_ACCOUNT_SUSPENDED'],
    ['CodeMismatchException', 'Invalid code or auth state for the user.', 'new-password', 'AUTH_CHALLENGE_EXPIRED'],
    ['ExpiredCodeException', 'Invalid code provided, please request a code again.', 'new-password', 'AUTH_CHALLENGE_EXPIRED'],
    ['InvalidPasswordException', 'Password does not conform to policy', 'new-password', 'PASSWORD_POLICY'],
    ['NotAuthorizedException', 'Refresh Token has been revoked', 'refresh', 'UNAUTHENTICATED'],
    ['NotAuthorizedException', 'User is disabled.', 'refresh', 'UNAUTHENTICATED'],
    ['InvalidParameterException', 'Invalid Refresh Token', 'refresh', 'UNAUTHENTICATED'],
    ['UserNotFoundException', 'User does not exist.', 'admin', 'NOT_FOUND'],
    ['UsernameExistsException', 'User account already exists', 'admin', 'ACCOUNT_EXISTS'],
    ['InvalidPasswordException', 'Password does not conform to policy', 'admin', 'PASSWORD_POLICY'],
  ])('maps %s "%s" during %s to %s', (name, message, operation, expected) => {
    expect(codeOf(cognitoError(name, message), operation)).toBe(expected);
  });

  it('leaves configuration and service faults as they are, to surface as 500s', () => {
    expect(codeOf(cognitoError('ResourceNotFoundException', 'User pool does not exist.'), 'admin')).toBe('unchanged');
    expect(codeOf(cognitoError('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled'), 'sign-in')).toBe('unchanged');
    expect(codeOf(cognitoError('TooManyRequestsException', 'Rate exceeded'), 'admin')).toBe('unchanged');
    expect(codeOf(cognitoError('NotAuthorizedException', 'not authorized to perform cognito-idp:AdminDisableUser'), 'admin')).toBe('unchanged');
    expect(fromCognitoError('not an error', 'sign-in')).toBe('not an error');
  });
});
