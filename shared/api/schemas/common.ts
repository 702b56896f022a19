// Namespace import: esbuild then keeps only the parts of zod we use (170 KB instead of 755 KB per bundle).
import * as z from 'zod';
import { DIVISION_CODE_CHARACTERS, MAX_DIVISION_CODE_LENGTH } from '../../domain/division-code.ts';
import fr from 'zod/v4/locales/fr.js';
import { isUai, normaliseUai } from '../../domain/uai.ts';
import { PASSWORD_POLICY } from '../../domain/account-policy.ts';

/** Zod's own messages (wrong type, missing field) in French; our schemas give precise ones on top. */
z.config(fr());

export const uaiSchema = z
  .string()
  .trim()
  .transform(normaliseUai)
  .refine(isUai, { message: 'Le code UAI doit comporter 7 chiffres et une lettre (ex. 0861234A).' });

export const loginSchema = z.string().trim().toLowerCase().min(1, { message: 'Saisissez votre identifiant.' }).max(80, { message: 'Identifiant trop long.' });

/** A password as typed; the policy itself is checked by the service so both providers agree. */
export const passwordInputSchema = z
  .string()
  .min(1, { message: 'Saisissez le mot de passe.' })
  .max(PASSWORD_POLICY.maxLength, { message: 'Mot de passe trop long.' });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: 'Adresse électronique trop longue.' })
  .pipe(z.email({ message: 'Adresse électronique invalide.' }));

export const emptySchema = z.object({}).strict();
export const okSchema = z.object({ ok: z.literal(true) });

/**
 * Path parameters end up in DynamoDB keys (a partition key holds 2,048 bytes, a sort key 1,024)
 * and keys join their parts with `#`: every path parameter is bounded and keeps to a charset
 * without `#`, so a hostile id answers 400 instead of breaking a key.
 */
export const MAX_ID_LENGTH = 64;

/**
 * An id the API generated (scenario, evaluation, attachment, user: UUIDs; import runs:
 * `20260101T000000Z-absent00`) or a key of the shipped data (diploma `bep-msa`, image `logo`):
 * letters, digits, `-` and `_`. Whether it names something is the service's answer (404).
 * @example opaqueIdSchema.parse('3f1c…-uuid') // the same string; '../x' or 'a#b' fail
 */
export const opaqueIdSchema = z
  .string()
  .max(MAX_ID_LENGTH, { message: 'Identifiant trop long.' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'Identifiant invalide : seuls les lettres, chiffres, « - » et « _ » sont permis.' });

/**
 * A division or group code exactly as SIECLE/STS writes it: it may hold spaces and punctuation
 * (`6 B`, `2AGO1_ANG`, `3 AVSPRO`), so only `#` (the key separator) and control characters are refused.
 * @example divisionCodeSchema.parse('6 B') // '6 B'
 */
export const divisionCodeSchema = z
  .string()
  .min(1, { message: 'Code de classe vide.' })
  .max(MAX_DIVISION_CODE_LENGTH, { message: 'Code de classe trop long.' })
  // The rule of isDivisionCode, one message per broken part.
  .regex(DIVISION_CODE_CHARACTERS, { message: 'Code de classe invalide : le caractère « # » n’est pas permis.' });

/**
 * An optional query parameter: absent and empty (`?level=`) both mean « not given », as a form
 * sends an empty field; anything else must pass `schema`.
 * @example optionalQueryParameter(levelSchema).parse('') // undefined
 */
export function optionalQueryParameter<S extends z.ZodType<unknown, string>>(schema: S) {
  return z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(schema.optional());
}
/** C0 and C1 controls, DEL included; a long text keeps its tabs and line breaks. */
const LINE_CONTROLS = /\p{Cc}/u;
const TEXT_CONTROLS = /[^\P{Cc}\t\n\r]/u;
/** Embeddings, overrides and isolates, which reorder what a reader sees (« Trojan Source »), and lone surrogates. */
const BIDI_OR_BROKEN = /[\u202A-\u202E\u2066-\u2069\p{Cs}]/u;

/**
 * Whether a text holds only what a person may type into it: no control characters (tabs and line
 * breaks only where `multiline`), no lone surrogate, no bidirectional embedding, override or isolate.
 * @example isCleanText('Budget\nprévisionnel', true) // true; isCleanText('facture\u202Efdp.exe', false) // false
 */
export function isCleanText(value: string, multiline: boolean): boolean {
  return !(multiline ? TEXT_CONTROLS : LINE_CONTROLS).test(value) && !BIDI_OR_BROKEN.test(value);
}

function freeText(multiline: boolean, max: number, label: string, tooLong: string) {
  return z
    .string()
    .trim()
    .normalize('NFC')
    .max(max, { message: tooLong })
    .refine((value) => isCleanText(value, multiline), { message: `${label} contient des caractères non autorisés.` });
}

/**
 * A one-line free text of a request (title, name, file name): trimmed, NFC, at most `max`
 * characters, refused with a message naming the field (`label`) when it holds control or
 * bidirectional characters. Chain `.min(1, …)` for a required one.
 * @example lineText(200, 'Le titre').min(1, { message: 'Le titre est obligatoire.' })
 */
export const lineText = (max: number, label: string, tooLong = `${label} ne doit pas dépasser ${max} caractères.`) => freeText(false, max, label, tooLong);

/**
 * A multi-line free text of a request (description, comment): as `lineText`, tabs and line breaks allowed.
 * @example longText(10_000, 'Le contexte')
 */
export const longText = (max: number, label: string, tooLong = `${label} ne doit pas dépasser ${max} caractères.`) => freeText(true, max, label, tooLong);
