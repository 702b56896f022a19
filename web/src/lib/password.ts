import { chosenPasswordProblem } from '#shared/domain/account-policy.ts';
import type { ApiError } from '$lib/api.ts';
import { auth } from '$lib/i18n/fr/auth.ts';

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

/** Moves focus to the first field flagged invalid, so keyboard and screen reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | undefined): void {
  queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * The password field a refusal is about, to show it there rather than above the form; null for
 * any other refusal. The one place the SPA reads the codes of password refusals.
 */
export function passwordFieldOf(refusal: ApiError): 'currentPassword' | 'newPassword' | null {
  if (refusal.code === 'AUTH_WRONG_CURRENT_PASSWORD') return 'currentPassword';
  // Every rule of a new password has its code (PASSWORD_POLICY, PASSWORD_TOO_COMMON, PASSWORD_IS_LOGIN…).
  if (refusal.code.startsWith('PASSWORD_')) return 'newPassword';
  return null;
}
