// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';

/** Informations abonnement (guide 3.2): the plan and the disk space per diploma. */
export const subscriptionSchema = z.object({
  establishment: z.object({ uai: z.string(), name: z.string(), email: z.string().nullable() }),
  plan: z.object({ label: z.string(), startsOn: z.string().nullable(), endsOn: z.string().nullable() }),
  storage: z.array(
    z.object({
      diploma: z.string(),
      label: z.string(),
      quotaBytes: z.number().int(),
      passportBytes: z.number().int(),
      scenarioBytes: z.number().int(),
      /** Used share of the quota, 0–100 (may pass 100 only if the operator lowered the quota). */
      percentUsed: z.number(),
    }),
  ),
});

export type Subscription = z.infer<typeof subscriptionSchema>;
