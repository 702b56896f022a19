// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import { lineText } from './common.ts';

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date attendue au format AAAA-MM-JJ.' })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    },
    { message: 'Cette date n’existe pas.' },
  );

export const civilitySchema = z.enum(['M.', 'Mme']).nullable();

export const personNameSchema = (label: string) => lineText(100, label, `${label} : 100 caractères au plus.`).min(1, { message: `${label} est obligatoire.` });
