// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import { emailSchema, lineText } from './common.ts';
import { civilitySchema, isoDateSchema, personNameSchema } from './people.ts';

/** Gestion des utilisateurs (guide 3.3): the staff accounts (learners and parents have their own modules). */
export const STAFF_PROFILES = ['admin', 'chef', 'enseignant', 'lecteur'] as const;

export const staffUserSchema = z.object({
  userId: z.string(),
  login: z.string(),
  civility: z.enum(['M.', 'Mme']).nullable(),
  firstName: z.string(),
  lastName: z.string(),
  profile: z.enum(STAFF_PROFILES),
  email: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** Imported from STS (shown in green) or created by hand (red). */
  origin: z.enum(['import', 'manual']),
  status: z.enum(['active', 'suspended']),
  divisions: z.array(z.string()),
  discipline: z.string().nullable(),
  /** Sent back with an update, so that two administrators editing at once do not overwrite each other. */
  version: z.number().int(),
});

export const staffListSchema = z.object({
  users: z.array(staffUserSchema),
  /** Manual creation needs the establishment's name and email (guide 3.3). */
  canCreate: z.boolean(),
  divisions: z.array(z.object({ code: z.string(), label: z.string(), kind: z.enum(['division', 'group']) })),
});

const editableFields = {
  civility: civilitySchema,
  firstName: personNameSchema('Le prénom'),
  lastName: personNameSchema('Le nom'),
  birthDate: isoDateSchema.nullable(),
  email: z.union([emailSchema, z.literal('').transform(() => null)]).nullable(),
  divisions: z.array(z.string().max(40)).max(200),
  discipline: lineText(100, 'La discipline').nullable(),
};

export const createStaffUserSchema = z.object({
  ...editableFields,
  email: emailSchema,
  profile: z.enum(STAFF_PROFILES),
});

export const updateStaffUserSchema = z.object({
  ...editableFields,
  /** The profile of imported users comes from STS and cannot be changed here. */
  profile: z.enum(STAFF_PROFILES).optional(),
  version: z.number().int().positive().optional(),
});

export const resetResultSchema = z.object({ emailedTo: z.string() });

export type StaffUser = z.infer<typeof staffUserSchema>;
export type StaffList = z.infer<typeof staffListSchema>;
export type CreateStaffUser = z.infer<typeof createStaffUserSchema>;
export type UpdateStaffUser = z.infer<typeof updateStaffUserSchema>;
