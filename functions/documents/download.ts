import type { Download } from '#shared/api/schemas/files.ts';

/*
 * The part of the documents module a service imports statically: no document library here.
 * The writers themselves (exceljs, docx, pdf-lib) come through {@link loadDocuments}.
 */

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * The document libraries, loaded on the first document a Lambda instance makes and not at its
 * cold start: exceljs, docx and pdf-lib are most of the code of the bundles that carry them, and
 * most requests to those functions make no document (docs/decisions.md, 19).
 */
export const loadDocuments = () => import('./index.ts');

/**
 * A generated file as the JSON answer carries it, its media type taken from the name's extension.
 * @example download('grille.xlsx', bytes).mediaType // 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
 */
export function download(fileName: string, bytes: Uint8Array): Download {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1) as keyof typeof MEDIA_TYPES;
  const mediaType = MEDIA_TYPES[extension];
  if (!mediaType) throw new Error(`No media type for ${fileName}`);
  return { fileName, mediaType, contentBase64: Buffer.from(bytes).toString('base64') };
}
