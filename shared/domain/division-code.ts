/**
 * A division or group code becomes part of DynamoDB keys, whose parts are joined with `#`, and of
 * addresses: the import and the API hold it to the same rule, so a code stored is always a code
 * the API can reach.
 */
export const MAX_DIVISION_CODE_LENGTH = 40;

/** The characters a code may hold: anything but `#` (the key separator) and control characters. */
export const DIVISION_CODE_CHARACTERS = /^[^#\p{Cc}]*$/u;

/**
 * Whether a code can be a division's or group's: 1 to 40 characters, spaces and punctuation
 * allowed as SIECLE writes them (`6 B`, `2AGO1_ANG`), no `#` nor control character.
 * @example isDivisionCode('6 B') // true; isDivisionCode('1GA#1') // false
 */
export function isDivisionCode(code: string): boolean {
  return code.length >= 1 && code.length <= MAX_DIVISION_CODE_LENGTH && DIVISION_CODE_CHARACTERS.test(code);
}
