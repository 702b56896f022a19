// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';

/** A division (class) or group as the access modules list them. */
export const divisionSummarySchema = z.object({
  code: z.string(),
  label: z.string(),
  learners: z.number().int(),
});

/** Gestion des accès élèves (guide 3.4). */
export const learnerAccessListSchema = z.object({
  division: divisionSummarySchema,
  learners: z.array(
    z.object({
      userId: z.string(),
      lastName: z.string(),
      firstName: z.string(),
      login: z.string(),
      birthDate: z.string().nullable(),
      /** Whether the learner has signed in at least once (chosen a password). */
      activated: z.boolean(),
    }),
  ),
});

export const divisionsListSchema = z.object({ divisions: z.array(divisionSummarySchema) });

export const resetLearnersRequestSchema = z.object({
  userIds: z.array(z.string().max(64)).min(1, { message: 'Cochez au moins un apprenant.' }).max(200),
});
export const resetLearnersResponseSchema = z.object({ reset: z.number().int(), withoutBirthDate: z.array(z.string()) });

/** Gestion des accès parents (guide 3.5). */
export const PARENT_ACCESS = ['none', 'partial', 'given'] as const;

export const parentDivisionSchema = z.object({
  code: z.string(),
  label: z.string(),
  learners: z.number().int(),
  guardians: z.number().int(),
  guardiansWithEmail: z.number().int(),
  access: z.enum(PARENT_ACCESS),
});

export const parentDivisionsSchema = z.object({ divisions: z.array(parentDivisionSchema) });

export const parentDivisionDetailSchema = z.object({
  division: parentDivisionSchema,
  diplomas: z.array(
    z.object({
      diploma: z.string(),
      label: z.string(),
      accessGiven: z.boolean(),
      learners: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          guardians: z.array(
            z.object({
              userId: z.string(),
              name: z.string(),
              email: z.string().nullable(),
              login: z.string(),
              accessGiven: z.boolean(),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const openParentAccessRequestSchema = z.object({ diploma: z.string().max(40).nullable() });
export const openParentAccessResponseSchema = z.object({ emailed: z.number().int(), withoutEmail: z.number().int() });

export type DivisionSummary = z.infer<typeof divisionSummarySchema>;
export type LearnerAccessList = z.infer<typeof learnerAccessListSchema>;
export type ParentDivision = z.infer<typeof parentDivisionSchema>;
export type ParentDivisionDetail = z.infer<typeof parentDivisionDetailSchema>;
