import type { PasswordRule } from '#shared/domain/account-policy.ts';

/**
 * What the adapters report when storage or the accounts provider refuses: facts about the data,
 * never a message for a user (adapters know nothing of the API's catalogue). A service that knows
 * which refusal it is translates one into its own code (a scenario's VersionConflict is
 * SCENARIO_CHANGED); one that reaches the error middleware answers its generic code
 * (functions/platform/port-errors.ts).
 */
export abstract class PortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A conditional write lost: the item changed, or vanished, since it was read. */
export class VersionConflict extends PortError {
  constructor() {
    super('conditional write lost: the item changed since it was read');
  }
}

/** The item to change does not exist (any more). */
export class Missing extends PortError {
  constructor() {
    super('the item to change does not exist');
  }
}

/** The item to create exists already: an account or login, or an establishment. */
export class AlreadyExists extends PortError {
  constructor(readonly entity: 'account' | 'establishment') {
    super(`this ${entity} exists already`);
  }
}

/** Why the accounts provider refused. */
export type AccountRefusal =
  'invalid-credentials' | 'suspended' | 'throttled' | 'challenge-expired' | 'session-invalid' | 'password-policy' | 'password-unchanged';

/** The accounts provider refused; a password-policy refusal names the rule broken when known (Cognito's own reason is English). */
export class AccountRefused extends PortError {
  constructor(
    readonly refusal: AccountRefusal,
    readonly rule?: PasswordRule,
  ) {
    super(`account refused: ${refusal}`);
  }
}

/** @example isAccountRefused(error, 'invalid-credentials') */
export function isAccountRefused(error: unknown, refusal: AccountRefusal): error is AccountRefused {
  return error instanceof AccountRefused && error.refusal === refusal;
}
