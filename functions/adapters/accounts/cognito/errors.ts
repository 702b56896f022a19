import { AppError } from '#shared/api/errors.ts';

/** What the adapter was doing: the same Cognito error means different things in each. */
export type CognitoOperation = 'sign-in' | 'new-password' | 'refresh' | 'admin';

/**
 * Turns a Cognito error into the catalogue's `AppError`, or returns it unchanged when it is not
 * an expected outcome (configuration or service faults stay 500s). Cognito's messages are
 * English and sometimes say more than a user should learn, so only the code survives.
 */
export function fromCognitoError(error: unknown, operation: CognitoOperation): unknown {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  const userFacing = operation !== 'admin';
  switch (name) {
    case 'NotAuthorizedException':
      if (operation === 'refresh') return new AppError('UNAUTHENTICATED');
      if (/disabled/i.test(message) && userFacing) return new AppError('AUTH_ACCOUNT_SUSPENDED');
      if (/attempts exceeded/i.test(message) && userFacing) return new AppError('AUTH_THROTTLED');
      if (operation === 'sign-in') return new AppError('AUTH_INVALID_CREDENTIALS');
      // "Invalid session for the user, session is expired." and any other refusal of the answer.
      if (operation === 'new-password') return new AppError('AUTH_CHALLENGE_EXPIRED');
      return error;
    case 'UserNotFoundException':
      if (operation === 'sign-in' || operation === 'new-password') return new AppError('AUTH_INVALID_CREDENTIALS');
      if (operation === 'refresh') return new AppError('UNAUTHENTICATED');
      return new AppError('NOT_FOUND');
    case 'UsernameExistsException':
      return new AppError('ACCOUNT_EXISTS');
    case 'InvalidPasswordException':
      // cognito-local answers a wrong password with this instead of NotAuthorizedException (STACK.md §3.3 item 7).
      if (operation === 'sign-in') return new AppError('AUTH_INVALID_CREDENTIALS');
      return new AppError('PASSWORD_POLICY');
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return new AppError('AUTH_CHALLENGE_EXPIRED');
    case 'InvalidParameterException':
      // A refresh token that is not even well formed is just another invalid session.
      return operation === 'refresh' ? new AppError('UNAUTHENTICATED') : error;
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return userFacing ? new AppError('AUTH_THROTTLED') : error;
    default:
      return error;
  }
}
