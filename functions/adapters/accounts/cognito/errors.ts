import { AccountRefused, AlreadyExists, Missing } from '#functions/services/ports/errors.ts';

/** What the adapter was doing: the same Cognito error means different things in each. */
export type CognitoOperation = 'sign-in' | 'new-password' | 'refresh' | 'admin';

/**
 * Turns a Cognito error into the accounts port's error, or returns it unchanged when it is not
 * an expected outcome (configuration or service faults stay 500s). Cognito's messages are
 * English and sometimes say more than a user should learn, so only the reason survives.
 */
export function fromCognitoError(error: unknown, operation: CognitoOperation): unknown {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  const userFacing = operation !== 'admin';
  switch (name) {
    case 'NotAuthorizedException':
      if (operation === 'refresh') return new AccountRefused('session-invalid');
      if (/disabled/i.test(message) && userFacing) return new AccountRefused('suspended');
      if (/attempts exceeded/i.test(message) && userFacing) return new AccountRefused('throttled');
      if (operation === 'sign-in') return new AccountRefused('invalid-credentials');
      // "Invalid session for the user, session is expired." and any other refusal of the answer.
      if (operation === 'new-password') return new AccountRefused('challenge-expired');
      return error;
    case 'UserNotFoundException':
      if (operation === 'sign-in' || operation === 'new-password') return new AccountRefused('invalid-credentials');
      if (operation === 'refresh') return new AccountRefused('session-invalid');
      return new Missing();
    case 'UsernameExistsException':
      return new AlreadyExists('account');
    case 'InvalidPasswordException':
      // cognito-local answers a wrong password with this instead of NotAuthorizedException (STACK.md §3.3 item 7).
      if (operation === 'sign-in') return new AccountRefused('invalid-credentials');
      return new AccountRefused('password-policy');
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return new AccountRefused('challenge-expired');
    case 'InvalidParameterException':
      // A refresh token that is not even well formed is just another invalid session.
      return operation === 'refresh' ? new AccountRefused('session-invalid') : error;
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return userFacing ? new AccountRefused('throttled') : error;
    default:
      return error;
  }
}
