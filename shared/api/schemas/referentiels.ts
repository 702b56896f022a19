// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import { lineText } from './common.ts';

/** Bounds of what an establishment may add (a référentiel has ≤ 300 nodes; lines are short). */
export const COMPLEMENT_LIMITS = { title: 300, linesPerList: 30, targets: 200, activitiesPerItem: 30 } as const;

const nodeIdSchema = z.string().trim().min(1).max(100, { message: 'Identifiant trop long.' });

const lineSchema = z.object({
  /** Null for a new line (the server gives it an id); a shipped id to reword a shipped line. */
  id: z.string().trim().min(1).max(60, { message: 'Identifiant trop long.' }).nullable(),
  title: lineText(COMPLEMENT_LIMITS.title, 'Le libellé', `${COMPLEMENT_LIMITS.title} caractères au plus.`).min(1, { message: 'Le libellé est obligatoire.' }),
});

const listSchema = z.array(lineSchema).max(COMPLEMENT_LIMITS.linesPerList, { message: `${COMPLEMENT_LIMITS.linesPerList} lignes au plus par liste.` });

const tooMany = (max: number) => (record: Record<string, unknown>) => Object.keys(record).length <= max;

/** Paramètres › Référentiels: the establishment's complements of one diploma, as sent. */
export const updateComplementsRequestSchema = z.object({
  /** The version read (null when nothing was stored yet): a concurrent change is refused. */
  version: z.number().int().nonnegative().nullable(),
  qualifiers: z
    .record(nodeIdSchema, z.object({ complexites: listSchema, aleas: listSchema }))
    .refine(tooMany(COMPLEMENT_LIMITS.targets), { message: `${COMPLEMENT_LIMITS.targets} situations ou pôles au plus.` }),
  recommendedActivities: z
    .record(
      nodeIdSchema,
      z.array(nodeIdSchema).max(COMPLEMENT_LIMITS.activitiesPerItem, { message: `${COMPLEMENT_LIMITS.activitiesPerItem} activités au plus par situation.` }),
    )
    .refine(tooMany(COMPLEMENT_LIMITS.targets), { message: `${COMPLEMENT_LIMITS.targets} situations au plus.` }),
});

const storedLineSchema = z.object({ id: z.string(), title: z.string() });

export const complementsSchema = z.object({
  diploma: z.string(),
  /** Null while the establishment has stored nothing for this diploma. */
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  qualifiers: z.record(z.string(), z.object({ complexites: z.array(storedLineSchema), aleas: z.array(storedLineSchema) })),
  recommendedActivities: z.record(z.string(), z.array(z.string())),
});

/** A node of the tree as screens show it (the file's other fields stay server-side). */
export interface ReferentielNodeView {
  id: string;
  code: string | null;
  kind: string;
  title: string;
  sourceLabel: string | null;
  evaluable: boolean;
  exportedForCertification: boolean;
  children: ReferentielNodeView[];
}

const nodeViewSchema: z.ZodType<ReferentielNodeView> = z.lazy(() =>
  z.object({
    id: z.string(),
    code: z.string().nullable(),
    kind: z.string(),
    title: z.string(),
    sourceLabel: z.string().nullable(),
    evaluable: z.boolean(),
    exportedForCertification: z.boolean(),
    children: z.array(nodeViewSchema),
  }),
);

/** A diploma's référentiel merged with the establishment's complements, for display. */
export const referentielViewSchema = z.object({
  diploma: z.string(),
  code: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  status: z.enum(['complete', 'structure-complete', 'provisional', 'skeleton']).nullable(),
  /** The diploma whose activities may be recommended per item (GA → BEP MSA), if any. */
  attachedDiploma: z.string().nullable(),
  hasQualifiers: z.boolean(),
  roots: z.array(nodeViewSchema),
  qualifiers: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['complexite', 'alea']),
      targetId: z.string(),
      title: z.string(),
      origin: z.enum(['referentiel', 'etablissement']),
    }),
  ),
  recommendedActivities: z.record(z.string(), z.array(z.string())),
});

export type UpdateComplementsRequest = z.infer<typeof updateComplementsRequestSchema>;
export type ComplementsView = z.infer<typeof complementsSchema>;
export type ReferentielView = z.infer<typeof referentielViewSchema>;

/** The diplomas with a référentiel, and those of the caller (a teacher's divisions, a learner's own…). */
export const referentielListSchema = z.object({
  referentiels: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      shortLabel: z.string(),
      status: z.enum(['complete', 'structure-complete', 'provisional', 'skeleton']),
      /** For a diploma passed inside another's course (BEP MSA): that diploma. */
      attachedTo: z.string().nullable(),
    }),
  ),
  /** Ids of `referentiels` that concern the caller, in the same order. */
  mine: z.array(z.string()),
});

export type ReferentielList = z.infer<typeof referentielListSchema>;
