import { AppError } from '#shared/api/errors.ts';
import { AccountRefused, AlreadyExists, Missing, PortError, VersionConflict, type AccountRefusal } from '#functions/services/ports/errors.ts';

const ACCOUNT_CODES = {
  'invalid-credentials': 'AUTH_INVALID_CREDENTIALS',
  suspended: 'AUTH_ACCOUNT_SUSPENDED',
  throttled: 'ACCOUNT_THROTTLED',
  'challenge-expired': 'AUTH_CHALLENGE_EXPIRED',
  'session-invalid': 'UNAUTHENTICATED',
  'password-unchanged': 'PASSWORD_UNCHANGED',
} as const satisfies Record<Exclude<AccountRefusal, 'password-policy'>, string>;

/**
 * The generic catalogue code of a port error no service translated, or null for anything else.
 * @example fromPortError(new VersionConflict())?.code // 'CONFLICT'
 */
export function fromPortError(error: unknown): AppError | null {
  if (!(error instanceof PortError)) return null;
  if (error instanceof VersionConflict) return new AppError('CONFLICT');
  if (error instanceof Missing) return new AppError('NOT_FOUND');
  if (error instanceof AlreadyExists) return new AppError(error.entity === 'establishment' ? 'ESTABLISHMENT_EXISTS' : 'ACCOUNT_EXISTS');
  if (error instanceof AccountRefused) {
    // Without the rule broken (Cognito's reason is English), the policy's first rule.
    if (error.refusal === 'password-policy') return new AppError(error.rule ?? 'PASSWORD_POLICY');
    return new AppError(ACCOUNT_CODES[error.refusal]);
  }
  return null;
}
