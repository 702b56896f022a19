// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import {
  EVALUATION_CODES,
  MASTERY_DEGREES,
  SECOND_COLOURS,
  normaliseCodeSettings,
  validateCodeSettings,
  type EvaluationCodeSettings,
} from '../../domain/evaluation-codes.ts';
import { MASK_FORMS, validateMask } from '../../domain/input-masks.ts';

/**
 * Pedagogical settings of Paramètres (guide 3.6.2): evaluation codes and input masks.
 * The rules live in `shared/domain` (the form runs them too, without zod); these schemas only
 * give them their shape and report their problems field by field.
 */

const degreeSchema = z.object({ label: z.string().max(200), letter: z.string().max(20) });

const codeSettingsShape = z.object({
  degrees: z.object(Object.fromEntries(MASTERY_DEGREES.map((degree) => [degree, degreeSchema])) as Record<(typeof MASTERY_DEGREES)[number], typeof degreeSchema>),
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

const labelsSchema = z.record(z.string(), z.string().max(500));

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
  ...Object.fromEntries(MASK_FORMS.map((form) => [form, z.array(maskFieldSchema)])) as Record<(typeof MASK_FORMS)[number], z.ZodArray<typeof maskFieldSchema>>,
});

export type CodeSettings = z.infer<typeof codeSettingsSchema>;
export type UpdateCodeSettings = z.input<typeof updateCodeSettingsSchema>;
export type InputMaskView = z.infer<typeof inputMaskSchema>;
export type MaskFieldView = z.infer<typeof maskFieldSchema>;
export type UpdateInputMask = z.input<typeof updateInputMaskSchema>;
