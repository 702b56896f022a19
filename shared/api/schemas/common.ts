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
