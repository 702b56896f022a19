// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import { presignedUploadSchema } from './files.ts';
import { lineText } from './common.ts';
import { MAX_IMPORT_BYTES } from '../../domain/limits.ts';

/**
 * Importer des fichiers (guide 3.1). A run takes either the staff file (`sts`) or the learners
 * and/or guardians files (`eleves`, `responsables`); each file goes straight to S3, whose
 * ObjectCreated event runs the analysis; the administrator then confirms the import.
 */
export const IMPORT_SLOTS = ['sts', 'eleves', 'responsables'] as const;
export type ImportSlot = (typeof IMPORT_SLOTS)[number];

export const startImportRequestSchema = z
  .object({
    files: z
      .array(
        z.object({
          slot: z.enum(IMPORT_SLOTS),
          fileName: lineText(200, 'Le nom du fichier').min(1, { message: 'Le nom du fichier est vide.' }),
          // An empty file is refused by the service with FILE_EMPTY, the message the analysis gives.
          size: z.number().int().nonnegative().max(MAX_IMPORT_BYTES, { message: 'Le fichier dépasse 50 Mo.' }),
        }),
      )
      .min(1, { message: 'Choisissez au moins un fichier.' })
      .max(2),
  })
  .refine((request) => new Set(request.files.map((file) => file.slot)).size === request.files.length, {
    message: 'Un seul fichier par type.',
  })
  .refine((request) => !request.files.some((file) => file.slot === 'sts') || request.files.length === 1, {
    message: 'Le fichier des personnels s’importe seul, avant les élèves et les responsables.',
  });

export const startImportResponseSchema = z.object({
  importId: z.string(),
  uploads: z.array(z.object({ slot: z.enum(IMPORT_SLOTS), upload: presignedUploadSchema })),
});

export const IMPORT_STATUSES = ['waiting-files', 'analysing', 'analysed', 'rejected', 'importing', 'imported', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const importProblemSchema = z.object({ code: z.string(), message: z.string(), detail: z.string().optional() });

const personLine = z.object({
  name: z.string(),
  login: z.string().optional(),
  initialPassword: z.string().optional(),
  profile: z.string().optional(),
  division: z.string().optional(),
  groups: z.array(z.string()).optional(),
  divisions: z.array(z.string()).optional(),
  discipline: z.string().optional(),
  diploma: z.string().optional(),
  learners: z.array(z.string()).optional(),
  email: z.string().optional(),
});

/** What an import would do (analysis) or did (result): counts, and the lists a person reads. */
export const importSummarySchema = z.object({
  counts: z.object({
    divisionsCreated: z.number().int(),
    groupsCreated: z.number().int(),
    usersCreated: z.number().int(),
    usersUpdated: z.number().int(),
    usersHidden: z.number().int(),
    usersUnchanged: z.number().int(),
    guardiansCreated: z.number().int(),
    guardianLinksCreated: z.number().int(),
  }),
  divisions: z.array(z.string()),
  groups: z.array(z.string()),
  created: z.array(personLine),
  updated: z.array(personLine),
  hidden: z.array(personLine),
  guardians: z.array(personLine),
  /** The lists above are cut at this many lines in the API; the spreadsheet has them all. */
  truncated: z.boolean(),
});

export const importRunSchema = z.object({
  importId: z.string(),
  createdAt: z.string(),
  status: z.enum(IMPORT_STATUSES),
  files: z.array(
    z.object({
      slot: z.enum(IMPORT_SLOTS),
      fileName: z.string(),
      status: z.enum(['waiting', 'received', 'analysed', 'rejected']),
      errors: z.array(importProblemSchema),
    }),
  ),
  /** 0–100, while analysing or importing. */
  progress: z.number().min(0).max(100),
  errors: z.array(importProblemSchema),
  warnings: z.array(importProblemSchema),
  analysis: importSummarySchema.nullable(),
  result: importSummarySchema.nullable(),
});

export const importRunListSchema = z.object({ runs: z.array(importRunSchema.pick({ importId: true, createdAt: true, status: true, files: true })) });

export type StartImportRequest = z.infer<typeof startImportRequestSchema>;
export type StartImportResponse = z.infer<typeof startImportResponseSchema>;
export type ImportRun = z.infer<typeof importRunSchema>;
export type ImportSummary = z.infer<typeof importSummarySchema>;
export type ImportProblemView = z.infer<typeof importProblemSchema>;
