// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import { EVALUATION_CODES } from '../../domain/evaluation-codes.ts';
import { LEVELS } from '../../domain/diplomas.ts';
import { optionalQueryParameter } from './common.ts';
import { isoDateSchema } from './people.ts';
import { levelSchema } from './scenarios.ts';
import { lineText, longText } from './common.ts';

/**
 * Gestion des évaluations (guide 3.8): bounds of an evaluation. 45 learners (a division of 35
 * plus a group) keeps every structural change that touches the learners' references (up to
 * 2 × 45 + 1 actions when the date of a visible evaluation changes) in one transaction.
 */
export const EVALUATION_LIMITS = { title: 200, items: 60, learners: 45, comment: 2_000, qualifiersPerItem: 30 } as const;

const titleSchema = lineText(EVALUATION_LIMITS.title, 'Le titre').min(1, { message: 'Le titre est obligatoire.' });

const idSchema = z.string().trim().min(1).max(100, { message: 'Identifiant trop long.' });

const unique = (ids: string[]) => new Set(ids).size === ids.length;

const itemIdsSchema = z
  .array(idSchema)
  .max(EVALUATION_LIMITS.items, { message: `${EVALUATION_LIMITS.items} items au plus.` })
  .refine(unique, { message: 'Un item est choisi deux fois.' });

const learnerIdsSchema = z
  .array(idSchema)
  .min(1, { message: 'Choisissez au moins un apprenant.' })
  .max(EVALUATION_LIMITS.learners, { message: `${EVALUATION_LIMITS.learners} apprenants au plus par évaluation.` })
  .refine(unique, { message: 'Un apprenant est choisi deux fois.' });

const qualifiersSchema = z.record(
  idSchema,
  z.array(idSchema).max(EVALUATION_LIMITS.qualifiersPerItem, { message: 'Trop de complexités ou d’aléas pour un item.' }),
);

export const evaluationCodeSchema = z.enum(EVALUATION_CODES, { message: 'Ce code de résultat n’existe pas : utilisez RT, RP, ECA, TE, NE ou ABS.' });

/**
 * « Créer une évaluation »: from scratch (diploma, level, items) or from a scenario
 * (`fromScenarioId`: its diploma, level, items and complexités/aléas are copied, and those
 * sent are ignored; the items can then be changed like any evaluation's).
 */
export const createEvaluationSchema = z.object({
  title: titleSchema,
  date: isoDateSchema,
  learnerIds: learnerIdsSchema,
  fromScenarioId: idSchema.optional(),
  diploma: z.string().trim().min(1).max(40).optional(),
  level: levelSchema.optional(),
  items: itemIdsSchema.optional(),
  qualifiers: qualifiersSchema.optional(),
});

/** Title, date, items (in order) with their qualifiers, learners: replaced together, conditional on `version`. */
export const updateEvaluationSchema = z.object({
  title: titleSchema,
  date: isoDateSchema,
  items: itemIdsSchema,
  qualifiers: qualifiersSchema.default({}),
  learnerIds: learnerIdsSchema,
  version: z.number().int().positive(),
});

export const evaluationVisibilitySchema = z.object({ visible: z.boolean(), version: z.number().int().positive() });

/** One cell; `expectedVersion` is the cell's version the client last saw, null when it saw it empty and never written. */
export const saveCellSchema = z.object({
  learnerId: idSchema,
  itemId: idSchema,
  code: evaluationCodeSchema.nullable(),
  expectedVersion: z.number().int().positive().nullable(),
});

export const saveCommentSchema = z.object({
  learnerId: idSchema,
  text: longText(EVALUATION_LIMITS.comment, 'Le commentaire'),
  expectedVersion: z.number().int().positive().nullable(),
});

/** Fills the empty cells of some learners (rows) × some items (columns); a missing list means all of them. */
export const fillCellsSchema = z.object({
  learnerIds: z.array(idSchema).max(EVALUATION_LIMITS.learners).optional(),
  itemIds: z.array(idSchema).max(EVALUATION_LIMITS.items).optional(),
  code: evaluationCodeSchema,
});

/** `GET /api/mes-evaluations?title=&from=&to=` */
export const learnerEvaluationsQuerySchema = z.object({
  title: optionalQueryParameter(lineText(EVALUATION_LIMITS.title, 'La recherche')),
  from: optionalQueryParameter(isoDateSchema),
  to: optionalQueryParameter(isoDateSchema),
});

export type LearnerEvaluationsQuery = z.output<typeof learnerEvaluationsQuerySchema>;

const schoolYearMessage = { message: 'Année scolaire invalide : donnez l’année où elle commence (ex. 2025 pour 2025-2026).' };

/** `GET /api/consultation?year=2025` (the school year 2025-2026); without a year, the last one. */
export const consultationQuerySchema = z.object({
  year: optionalQueryParameter(
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, schoolYearMessage)
      .transform(Number)
      .refine((year) => year >= 2000 && year <= 2100, schoolYearMessage),
  ),
});

export type ConsultationQuery = z.output<typeof consultationQuerySchema>;

export const evaluationItemSchema = z.object({ id: z.string(), qualifiers: z.array(z.string()) });
export const evaluationLearnerSchema = z.object({ id: z.string(), name: z.string(), division: z.string().nullable() });

/** The learners a teacher may put in an evaluation: those of their divisions and groups. */
export const teacherLearnersSchema = z.object({
  /** `groups`: the teacher's groups the learner belongs to, so the form can pick a whole group. */
  learners: z.array(evaluationLearnerSchema.extend({ groups: z.array(z.string()) })),
});

export const evaluationSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  schoolYear: z.number().int(),
  diploma: z.string(),
  level: z.enum(LEVELS),
  authorId: z.string(),
  authorName: z.string(),
  scenarioId: z.string().nullable(),
  visible: z.boolean(),
  items: z.array(evaluationItemSchema),
  learners: z.array(evaluationLearnerSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const cellSchema = z.object({
  learnerId: z.string(),
  itemId: z.string(),
  /** null: cleared (the cell keeps its version so a stale client is still detected). */
  code: z.enum(EVALUATION_CODES).nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const commentSchema = z.object({ learnerId: z.string(), text: z.string(), version: z.number().int(), updatedAt: z.string() });

/** The grid: the evaluation, its cells and comments (only of its current learners and items). */
export const evaluationGridSchema = z.object({ evaluation: evaluationSchema, cells: z.array(cellSchema), comments: z.array(commentSchema) });

export const fillResultSchema = evaluationGridSchema.extend({
  filled: z.number().int(),
  /** Cells that already held a result (kept as they were). */
  kept: z.number().int(),
});

export const evaluationSummarySchema = evaluationSchema
  .pick({ id: true, title: true, date: true, schoolYear: true, diploma: true, level: true, authorName: true, scenarioId: true, visible: true, version: true })
  .extend({
    itemCount: z.number().int(),
    learnerCount: z.number().int(),
  });

export const evaluationListSchema = z.object({ schoolYear: z.number().int(), evaluations: z.array(evaluationSummarySchema) });

export const learnerEvaluationSummarySchema = z.object({ id: z.string(), title: z.string(), date: z.string(), diploma: z.string(), authorName: z.string() });
export const learnerEvaluationListSchema = z.object({ evaluations: z.array(learnerEvaluationSummarySchema) });

/** What a learner sees of one evaluation: its items and their own results and comment, nobody else's. */
export const learnerEvaluationSchema = learnerEvaluationSummarySchema.extend({
  level: z.enum(LEVELS),
  items: z.array(evaluationItemSchema),
  results: z.array(z.object({ itemId: z.string(), code: z.enum(EVALUATION_CODES) })),
  comment: z.string().nullable(),
});

export type CreateEvaluation = z.output<typeof createEvaluationSchema>;
export type UpdateEvaluation = z.output<typeof updateEvaluationSchema>;
export type SaveCell = z.output<typeof saveCellSchema>;
export type SaveComment = z.output<typeof saveCommentSchema>;
export type FillCells = z.output<typeof fillCellsSchema>;
export type EvaluationView = z.infer<typeof evaluationSchema>;
export type EvaluationGrid = z.infer<typeof evaluationGridSchema>;
export type EvaluationList = z.infer<typeof evaluationListSchema>;
export type LearnerEvaluationList = z.infer<typeof learnerEvaluationListSchema>;
export type LearnerEvaluation = z.infer<typeof learnerEvaluationSchema>;
export type TeacherLearners = z.infer<typeof teacherLearnersSchema>;
