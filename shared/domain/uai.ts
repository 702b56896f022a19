/**
 * UAI (formerly RNE): 7 digits and a check letter, e.g. `0861234A`. Demo and test establishments
 * use letters in the digits (`0000000X` is the demo), so the shape is checked loosely here and
 * case is normalised to upper.
 */
const UAI_SHAPE = /^[0-9A-Z]{7}[A-Z]$/;

export function normaliseUai(value: string): string {
  return value.trim().toUpperCase();
}

/** @example isUai('0861234a') // true */
export function isUai(value: string): boolean {
  return UAI_SHAPE.test(normaliseUai(value));
}
