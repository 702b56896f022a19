// Namespace import: esbuild then keeps only the parts of zod we use (170 KB instead of 755 KB per bundle).
import * as z from 'zod';
import { emailSchema } from './common.ts';
import { MAX_IMAGE_BYTES } from '../../domain/limits.ts';

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
  /** Transfer of learners' data between establishments (guide 3.6): declaration number and consent. */
  transferDeclarationNumber: z.string(),
  transferEnabled: z.boolean(),
  /** Logo and stamp for the bilan de formation, as short-lived image addresses. */
  images: z.object({ logo: z.string().nullable(), cachet: z.string().nullable() }),
});

export const updateEstablishmentSettingsSchema = z.object({
  name: z.string().trim().min(1, { message: 'Le nom de l’établissement est obligatoire.' }).max(200),
  email: z.union([emailSchema, z.literal('').transform(() => null)]).nullable(),
  address: optionalText(300),
  postalCode: z.string().trim().regex(/^(\d{5})?$/, { message: 'Le code postal compte 5 chiffres.' }),
  city: optionalText(120),
  phone: z.string().trim().regex(/^[0-9 +().-]{0,20}$/, { message: 'Numéro de téléphone invalide.' }),
  transferDeclarationNumber: z.string().trim().max(50).default(''),
  transferEnabled: z.boolean().default(false),
}).refine((settings) => !settings.transferEnabled || settings.transferDeclarationNumber !== '', {
  message: 'Saisissez le numéro de déclaration pour activer le transfert.',
  path: ['transferDeclarationNumber'],
});

export const IMAGE_KINDS = ['logo', 'cachet'] as const;

export const uploadImageRequestSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg'], { message: 'Image PNG ou JPEG attendue.' }),
  contentBase64: z.string().min(1).max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, { message: 'L’image dépasse 500 Ko.' }),
});

export type EstablishmentSettings = z.infer<typeof establishmentSettingsSchema>;
export type UpdateEstablishmentSettings = z.infer<typeof updateEstablishmentSettingsSchema>;
