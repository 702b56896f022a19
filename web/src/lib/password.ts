import { chosenPasswordProblem } from '#shared/domain/account-policy.ts';
import { auth } from './i18n/fr/auth.ts';

export interface NewPasswordErrors {
  newPassword?: string;
  confirmation?: string;
}

/**
 * Checks a new password and its confirmation before sending them, with the same policy as the
 * server (shared/domain/account-policy.ts) for instant feedback: the server, which also knows
 * the birth date, has the last word. Returns no key when both are fine.
 */
export function checkNewPassword(newPassword: string, confirmation: string, login: string): NewPasswordErrors {
  const problem = chosenPasswordProblem(newPassword, { login });
  if (problem) return { newPassword: problem };
  if (newPassword !== confirmation) return { confirmation: auth.newPassword.mismatch };
  return {};
}

/** Whether the server refused the new password itself: its message belongs under that field. */
export function isNewPasswordRefusal(code: string | undefined): boolean {
  return code !== undefined && code.startsWith('PASSWORD_');
}

/** Moves focus to the first field flagged invalid, so keyboard and screen reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | undefined): void {
  queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
