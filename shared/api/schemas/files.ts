// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';

/**
 * A small generated file (a spreadsheet of logins, an import result) returned inside the JSON
 * answer: the SPA turns it into a download. Large files go through S3 instead.
 */
export const downloadSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});

/** A browser upload straight to S3: POST `fields` + the file as multipart form data to `url`. */
export const presignedUploadSchema = z.object({
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  maxBytes: z.number().int().positive(),
});

export type Download = z.infer<typeof downloadSchema>;
export type PresignedUpload = z.infer<typeof presignedUploadSchema>;
