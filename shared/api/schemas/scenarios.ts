// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import { LEVELS } from '../../domain/diplomas.ts';
import { ATTACHMENT_MODES, MAX_ATTACHMENT_BYTES, attachmentKindOfName } from '../../domain/attachments.ts';
import { divisionCodeSchema, optionalQueryParameter } from './common.ts';
import { presignedUploadSchema } from './files.ts';
import { lineText, longText } from './common.ts';

/** Gestion des scénarios (guide 3.7): bounds of what a scenario holds. */
export const SCENARIO_LIMITS = { title: 200, text: 10_000, links: 20, link: 2_000, items: 250, qualifiersPerItem: 30 } as const;

export const VISIBILITIES = ['private', 'public'] as const;

/** @example isHttpUrl('https://www.economie.gouv.fr') // true; isHttpUrl('javascript:alert(1)') // false */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const levelSchema = z.enum(LEVELS, { message: 'Choisissez un niveau : 1BPRO3, 2BPRO3 ou 3BPRO3.' });

const titleSchema = lineText(SCENARIO_LIMITS.title, 'Le titre').min(1, { message: 'Le titre est obligatoire.' });

const textSchema = (what: string) => longText(SCENARIO_LIMITS.text, what);

const linkSchema = lineText(SCENARIO_LIMITS.link, 'Un lien').superRefine((value, context) => {
  if (!isHttpUrl(value))
    context.addIssue({ code: 'custom', message: `Le lien « ${value.slice(0, 80)} » doit être une adresse commençant par http:// ou https://.` });
});

const nodeIdSchema = z.string().trim().min(1).max(100, { message: 'Identifiant d’item trop long.' });

/** What the teacher fills in (creation and edit forms). */
export const scenarioContentSchema = z.object({
  /** A diploma id of `shared/domain/diplomas.ts` with a référentiel; the service checks the teacher teaches it. */
  diploma: z.string().trim().min(1, { message: 'Choisissez un diplôme.' }).max(40),
  level: levelSchema,
  title: titleSchema,
  /** Private: the author only; public: the whole team may view and duplicate it. */
  visibility: z.enum(VISIBILITIES, { message: 'Choisissez « privé » ou « public ».' }),
  context: textSchema('Le contexte'),
  materials: textSchema('Les matériels et logiciels'),
  links: z.array(linkSchema).max(SCENARIO_LIMITS.links, { message: `${SCENARIO_LIMITS.links} liens au plus.` }),
  resources: textSchema('Les ressources'),
  /** Ids of evaluable nodes of the diploma's référentiel, in the order chosen. */
  items: z
    .array(nodeIdSchema)
    .max(SCENARIO_LIMITS.items, { message: `${SCENARIO_LIMITS.items} items au plus.` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Un item est choisi deux fois.' }),
  /** GA only: per item, the ids of the complexités and aléas chosen for it. */
  qualifiers: z
    .record(nodeIdSchema, z.array(nodeIdSchema).max(SCENARIO_LIMITS.qualifiersPerItem, { message: 'Trop de complexités ou d’aléas pour un item.' }))
    .default({}),
});

export const createScenarioSchema = scenarioContentSchema;

export const updateScenarioSchema = scenarioContentSchema.extend({
  /** The version read: an edit made meanwhile (another tab, another device) is not overwritten. */
  version: z.number().int().positive(),
});

export const duplicateScenarioSchema = z.object({
  title: titleSchema,
  level: levelSchema,
  attachments: z.enum(ATTACHMENT_MODES, { message: 'Choisissez « partagées » ou « copiées » pour les pièces jointes.' }).default('shared'),
});

/** `GET /api/scenarios?level=&title=`; without a level, all three. */
export const scenarioListQuerySchema = z.object({
  level: optionalQueryParameter(levelSchema),
  title: optionalQueryParameter(lineText(SCENARIO_LIMITS.title, 'La recherche')),
});

export type ScenarioListQuery = z.output<typeof scenarioListQuerySchema>;

/** A grid is printed for a few classes and groups at once; more is a mistake in the address. */
export const MAX_GRID_DIVISIONS = 20;

/** `GET /api/scenarios/{id}/grille.xlsx?divisions=1GA1,1GA2`: trimmed, deduplicated codes. */
export const observationGridQuerySchema = z.object({
  divisions: z
    .string()
    .optional()
    .transform((value) => [
      ...new Set(
        (value ?? '')
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(divisionCodeSchema)
        .min(1, { message: 'Choisissez au moins une classe pour la grille d’observation.' })
        .max(MAX_GRID_DIVISIONS, { message: `Choisissez ${MAX_GRID_DIVISIONS} classes au plus.` }),
    ),
});

export type ObservationGridQuery = z.output<typeof observationGridQuerySchema>;

/** A settled attachment: a zip or pdf whose content was checked. */
export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

/** An upload not settled yet (`pending`), or refused after its content was checked, with the reason. */
export const attachmentUploadStateSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  status: z.enum(['pending', 'rejected']),
  reason: z.string().nullable(),
});

/** « Ajouter une pièce jointe »: the file the browser is about to send. */
export const requestAttachmentUploadSchema = z.object({
  name: lineText(255, 'Le nom du fichier', 'Le nom du fichier est trop long (255 caractères au plus).')
    .min(1, { message: 'Le nom du fichier est vide.' })
    .refine((name) => attachmentKindOfName(name) !== null, { message: 'Seuls les fichiers .zip et .pdf peuvent être joints.' }),
  size: z
    .number()
    .int()
    .positive({ message: 'Le fichier est vide.' })
    .max(MAX_ATTACHMENT_BYTES, { message: `Le fichier dépasse ${MAX_ATTACHMENT_BYTES / 1024 / 1024} Mo, la taille maximale d’une pièce jointe.` }),
});

export const attachmentUploadSchema = z.object({ uploadId: z.string(), upload: presignedUploadSchema });

/** A short-lived address that downloads the file under its original name. */
export const attachmentDownloadSchema = z.object({ url: z.string(), fileName: z.string() });

export const scenarioSchema = z.object({
  id: z.string(),
  diploma: z.string(),
  level: z.enum(LEVELS),
  title: z.string(),
  visibility: z.enum(VISIBILITIES),
  context: z.string(),
  materials: z.string(),
  links: z.array(z.string()),
  resources: z.string(),
  items: z.array(z.string()),
  qualifiers: z.record(z.string(), z.array(z.string())),
  authorId: z.string(),
  authorName: z.string(),
  /** The caller wrote it: they may edit and delete it. */
  mine: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  attachments: z.array(attachmentSchema),
  /** Uploads in progress or refused (the author's view; others see an empty list). */
  uploads: z.array(attachmentUploadStateSchema),
});

export const scenarioSummarySchema = scenarioSchema
  .pick({ id: true, diploma: true, level: true, title: true, visibility: true, authorId: true, authorName: true, mine: true, createdAt: true, updatedAt: true })
  .extend({
    itemCount: z.number().int(),
  });

export const scenarioListSchema = z.object({
  scenarios: z.array(scenarioSummarySchema),
  /** The diplomas the caller may write scenarios for (those of their classes). */
  diplomas: z.array(z.object({ id: z.string(), label: z.string(), shortLabel: z.string() })),
});

export type ScenarioContent = z.output<typeof scenarioContentSchema>;
export type ScenarioContentInput = z.input<typeof scenarioContentSchema>;
export type UpdateScenario = z.output<typeof updateScenarioSchema>;
export type DuplicateScenario = z.output<typeof duplicateScenarioSchema>;
export type ScenarioView = z.infer<typeof scenarioSchema>;
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
export type ScenarioList = z.infer<typeof scenarioListSchema>;
export type AttachmentView = z.infer<typeof attachmentSchema>;
export type AttachmentUploadState = z.infer<typeof attachmentUploadStateSchema>;
export type RequestAttachmentUpload = z.output<typeof requestAttachmentUploadSchema>;
export type AttachmentUpload = z.infer<typeof attachmentUploadSchema>;
export type AttachmentDownload = z.infer<typeof attachmentDownloadSchema>;

/** The classes and groups a teacher may draw a scenario's observation grid for: their own. */
export const scenarioGridDivisionsSchema = z.object({
  divisions: z.array(z.object({ code: z.string(), label: z.string(), kind: z.enum(['division', 'group']), learners: z.number().int() })),
});

export type ScenarioGridDivisions = z.infer<typeof scenarioGridDivisionsSchema>;
