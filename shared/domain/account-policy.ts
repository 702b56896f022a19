import { ERRORS } from '../api/errors.ts';
import commonPasswordsFile from '../data/common-passwords.json' with { type: 'json' };
import { parseIsoDate } from './calendar-date.ts';

/**
 * Account rules shared by both accounts providers (Cognito in AWS, the local provider), by the
 * CDK user pool and by the SPA's password fields, so that the same password is accepted or
 * refused everywhere. The server is authoritative; the SPA only gives instant feedback.
 */
export const PASSWORD_POLICY = {
  /** Guide 2.2: "lettres et/ou chiffres, 6 caractères minimum". */
  minLength: 6,
  maxLength: 128,
} as const;

/** Lifetime of the ID token the API accepts. Short, so that a suspended user loses access quickly. */
export const ID_TOKEN_MINUTES = 15;
/** Lifetime of the refresh token kept in an HttpOnly cookie: a school day plus margin. */
export const REFRESH_TOKEN_DAYS = 1;
/** A NEW_PASSWORD_REQUIRED session is only good for a few minutes, as in Cognito. */
export const NEW_PASSWORD_SESSION_MINUTES = 3;

/** The rule a password breaks, named by its code in the error catalogue (shared/api/errors.ts). */
export type PasswordRule =
  | 'PASSWORD_POLICY'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_EDGE_SPACE'
  | 'PASSWORD_CONTROL_CHARACTER'
  | 'PASSWORD_IS_LOGIN'
  | 'PASSWORD_IS_BIRTH_DATE'
  | 'PASSWORD_TOO_COMMON';

/** Who chooses the password: what it must not be. */
export interface PasswordChooser {
  login: string;
  /** `YYYY-MM-DD`; unknown to the SPA, so only the server checks it. */
  birthDate?: string | null;
}

// C0, DEL and C1 controls: invisible, often pasted by accident, and typed differently on each device.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/**
 * The rule any password breaks, including those the system draws (temporary, initial): length,
 * surrounding spaces, control characters. Null when acceptable.
 * @example passwordRuleBroken('abcde') // 'PASSWORD_POLICY'
 */
export function passwordRuleBroken(password: string): PasswordRule | null {
  if (password.length < PASSWORD_POLICY.minLength) return 'PASSWORD_POLICY';
  if (password.length > PASSWORD_POLICY.maxLength) return 'PASSWORD_TOO_LONG';
  if (password.trim() !== password) return 'PASSWORD_EDGE_SPACE';
  if (CONTROL_CHARACTER.test(password)) return 'PASSWORD_CONTROL_CHARACTER';
  return null;
}

/**
 * The rule a password chosen by a user breaks: those of `passwordRuleBroken`, then neither their
 * login, nor their birth date in any usual written form, nor one of the most common passwords.
 * @example chosenPasswordRuleBroken('azerty', { login: 'jdupont' }) // 'PASSWORD_TOO_COMMON'
 * @example chosenPasswordRuleBroken('07/04/2010', { login: 'x', birthDate: '2010-04-07' }) // 'PASSWORD_IS_BIRTH_DATE'
 */
export function chosenPasswordRuleBroken(password: string, chooser: PasswordChooser): PasswordRule | null {
  const basic = passwordRuleBroken(password);
  if (basic) return basic;
  const folded = fold(password);
  if (folded === fold(chooser.login)) return 'PASSWORD_IS_LOGIN';
  if (chooser.birthDate && isBirthDate(password, chooser.birthDate)) return 'PASSWORD_IS_BIRTH_DATE';
  if (isCommon(folded)) return 'PASSWORD_TOO_COMMON';
  return null;
}

/** The French reason for `passwordRuleBroken`, or null. */
export function passwordProblem(password: string): string | null {
  const rule = passwordRuleBroken(password);
  return rule && ERRORS[rule].message;
}

/** The French reason for `chosenPasswordRuleBroken`, or null: what a password field shows. */
export function chosenPasswordProblem(password: string, chooser: PasswordChooser): string | null {
  const rule = chosenPasswordRuleBroken(password, chooser);
  return rule && ERRORS[rule].message;
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fr');
}

const COMMON = new Set(commonPasswordsFile.passwords);

// "soleil2010" or "azerty!" is as guessable as "soleil": a common password plus a year, a number or "!".
function isCommon(folded: string): boolean {
  const stem = folded.replace(/(?:\d{1,4}!?|!)$/u, '');
  return COMMON.has(folded) || (stem.length >= 4 && COMMON.has(stem));
}

/** jjmmaaaa, aaaammjj, jjmmaa, and the same with any of `/ - . ` between parts, padded or not. */
function isBirthDate(password: string, birthDate: string): boolean {
  const date = parseIsoDate(birthDate);
  if (!date) return false;
  const { year, month, day } = date;
  const dd = pad2(day);
  const mm = pad2(month);
  const yyyy = String(year).padStart(4, '0');
  const yy = yyyy.slice(2);
  const compact = password.replace(/\s+/gu, '');
  if (/^\d+$/u.test(compact)) return [dd + mm + yyyy, yyyy + mm + dd, dd + mm + yy].includes(compact);
  const parts = /^(\d{1,4})([/.\- ])(\d{1,2})\2(\d{1,4})$/u.exec(password.trim());
  if (!parts) return false;
  const [first, , second, third] = parts.slice(1).map(Number) as [number, number, number, number];
  const sameYear = (value: number, written: string) => value === year || (written.length === 2 && value === year % 100);
  return (
    (first === day && second === month && sameYear(third, parts[4]!)) ||
    (sameYear(first, parts[1]!) && parts[1]!.length === 4 && second === month && third === day)
  );
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
