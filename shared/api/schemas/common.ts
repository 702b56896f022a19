// Namespace import: esbuild then keeps only the parts of zod we use (170 KB instead of 755 KB per bundle).
import * as z from 'zod';
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

export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: 'Saisissez votre identifiant.' })
  .max(80, { message: 'Identifiant trop long.' });

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
