// Namespace import: esbuild then keeps only the parts of zod we use (170 KB instead of 755 KB per bundle).
import * as z from 'zod';
import { emailSchema } from './common.ts';

const optionalText = (max: number) => z.string().trim().max(max, { message: `${max} caractères au plus.` });

/** Establishment details of Paramètres (guide 3.6): name, email and UAI gate later modules. */
export const establishmentSettingsSchema = z.object({
  uai: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  address: z.string(),
  postalCode: z.string(),
  city: z.string(),
  phone: z.string(),
});

export const updateEstablishmentSettingsSchema = z.object({
  name: z.string().trim().min(1, { message: 'Le nom de l’établissement est obligatoire.' }).max(200),
  email: z.union([emailSchema, z.literal('').transform(() => null)]).nullable(),
  address: optionalText(300),
  postalCode: z.string().trim().regex(/^(\d{5})?$/, { message: 'Le code postal compte 5 chiffres.' }),
  city: optionalText(120),
  phone: z.string().trim().regex(/^[0-9 +().-]{0,20}$/, { message: 'Numéro de téléphone invalide.' }),
});

export type EstablishmentSettings = z.infer<typeof establishmentSettingsSchema>;
export type UpdateEstablishmentSettings = z.infer<typeof updateEstablishmentSettingsSchema>;
