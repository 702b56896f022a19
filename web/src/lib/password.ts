import { passwordProblem } from '#shared/domain/account-policy.ts';
import { auth } from '$lib/i18n/fr/auth.ts';

export interface NewPasswordErrors {
  newPassword?: string;
  confirmation?: string;
}

/**
 * Checks a new password and its confirmation before sending them, with the same policy as the
 * server (shared/domain/account-policy.ts). Returns no key when both are fine.
 */
export function checkNewPassword(newPassword: string, confirmation: string): NewPasswordErrors {
  const problem = passwordProblem(newPassword);
  if (problem) return { newPassword: problem };
  if (newPassword !== confirmation) return { confirmation: auth.newPassword.mismatch };
  return {};
}

/** Moves focus to the first field flagged invalid, so keyboard and screen reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | undefined): void {
  queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
