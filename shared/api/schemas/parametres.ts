// Namespace import: esbuild then keeps only the parts of zod we use (170 KB instead of 755 KB per bundle).
import * as z from 'zod';
import { emailSchema, lineText } from './common.ts';
import { MAX_IMAGE_BYTES } from '../../domain/limits.ts';
import {
  EVALUATION_CODES,
  MASTERY_DEGREES,
  SECOND_COLOURS,
  normaliseCodeSettings,
  validateCodeSettings,
  type EvaluationCodeSettings,
} from '../../domain/evaluation-codes.ts';
import { MASK_FORMS, validateMask } from '../../domain/input-masks.ts';

const optionalText = (max: number, label: string) => lineText(max, label, `${max} caractères au plus.`);

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

export const updateEstablishmentSettingsSchema = z
  .object({
    name: lineText(200, 'Le nom de l’établissement').min(1, { message: 'Le nom de l’établissement est obligatoire.' }),
    email: z.union([emailSchema, z.literal('').transform(() => null)]).nullable(),
    address: optionalText(300, 'L’adresse'),
    postalCode: z
      .string()
      .trim()
      .regex(/^(\d{5})?$/, { message: 'Le code postal compte 5 chiffres.' }),
    city: optionalText(120, 'La commune'),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9 +().-]{0,20}$/, { message: 'Numéro de téléphone invalide.' }),
    transferDeclarationNumber: lineText(50, 'Le numéro de déclaration').default(''),
    transferEnabled: z.boolean().default(false),
  })
  .refine((settings) => !settings.transferEnabled || settings.transferDeclarationNumber !== '', {
    message: 'Saisissez le numéro de déclaration pour activer le transfert.',
    path: ['transferDeclarationNumber'],
  });

export const IMAGE_KINDS = ['logo', 'cachet'] as const;

export const uploadImageRequestSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg'], { message: 'Image PNG ou JPEG attendue.' }),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, { message: 'L’image dépasse 500 Ko.' }),
});

export type EstablishmentSettings = z.infer<typeof establishmentSettingsSchema>;
export type UpdateEstablishmentSettings = z.infer<typeof updateEstablishmentSettingsSchema>;

/**
 * Pedagogical settings of Paramètres (guide 3.6.2): evaluation codes and input masks.
 * The rules live in `shared/domain` (the form runs them too, without zod); these schemas only
 * give them their shape and report their problems field by field.
 */

const degreeSchema = z.object({ label: lineText(200, 'L’intitulé'), letter: lineText(20, 'Le code') });

const codeSettingsShape = z.object({
  degrees: z.object(
    Object.fromEntries(MASTERY_DEGREES.map((degree) => [degree, degreeSchema])) as Record<(typeof MASTERY_DEGREES)[number], typeof degreeSchema>,
  ),
  secondColour: z.enum(SECOND_COLOURS, { message: 'Choisissez « vert clair » ou « jaune » pour le 2e degré.' }),
});

export const updateCodeSettingsSchema = codeSettingsShape
  .transform((settings): EvaluationCodeSettings => normaliseCodeSettings(settings))
  .superRefine((settings, context) => {
    for (const problem of validateCodeSettings(settings)) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

const displayedCodeSchema = z.object({
  code: z.enum(EVALUATION_CODES),
  letter: z.string(),
  label: z.string(),
  colour: z.string(),
  textColour: z.string(),
  /** Percent of mastery the code is worth; null: not counted. */
  masteryWeight: z.number().nullable(),
  usableInPassport: z.boolean(),
  editable: z.boolean(),
});

/** The establishment's choice, and the six codes as grids and dashboards show them. */
export const codeSettingsSchema = codeSettingsShape.extend({ codes: z.array(displayedCodeSchema) });

const labelsSchema = z.record(z.string(), lineText(500, 'L’intitulé'));

export const updateInputMaskSchema = z
  .object({ scenario: labelsSchema.default({}), passport: labelsSchema.default({}) })
  .strict()
  .superRefine((mask, context) => {
    for (const problem of validateMask(mask)) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

const maskFieldSchema = z.object({ field: z.string(), label: z.string(), defaultLabel: z.string() });

/** One diploma's labels, field by field in form order, with the defaults for « Rétablir ». */
export const inputMaskSchema = z.object({
  diploma: z.string(),
  ...(Object.fromEntries(MASK_FORMS.map((form) => [form, z.array(maskFieldSchema)])) as Record<
    (typeof MASK_FORMS)[number],
    z.ZodArray<typeof maskFieldSchema>
  >),
});

export type CodeSettings = z.infer<typeof codeSettingsSchema>;
export type UpdateCodeSettings = z.input<typeof updateCodeSettingsSchema>;
export type InputMaskView = z.infer<typeof inputMaskSchema>;
export type MaskFieldView = z.infer<typeof maskFieldSchema>;
export type UpdateInputMask = z.input<typeof updateInputMaskSchema>;
