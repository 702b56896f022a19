import { randomBytes } from 'node:crypto';
import type { StartImportRequest, StartImportResponse } from '#shared/api/schemas/import.ts';
import { AppError } from '#shared/api/errors.ts';
import { MAX_IMPORT_BYTES } from '#shared/domain/limits.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { ImportRunRecord } from '../ports/imports.ts';
import { importKeys, newImportId } from './object-keys.ts';
import { problems } from './siecle/messages.ts';

/** The signed form is valid this long. SIECLE files are stored as opaque bytes, never served as a page. */
const IMPORT_SIGNED_SECONDS = 15 * 60;
const IMPORT_MEDIA_TYPE = 'application/octet-stream';

/**
 * Opens a run and hands the browser one presigned POST per file, straight to S3 (the API never
 * carries the file). Each arrival triggers the analysis (receive-upload.ts). An empty file is
 * refused at once (S3 would refuse its upload), naming the file as the analysis would.
 */
export async function startImport(deps: Dependencies, caller: { uai: string; userId: string }, request: StartImportRequest): Promise<StartImportResponse> {
  const empty = request.files.flatMap((file, index) =>
    file.size === 0 ? [{ field: `files.${index}.size`, message: problems.fileEmpty(file.fileName).message }] : [],
  );
  if (empty.length > 0) throw new AppError('FILE_EMPTY', { details: empty });
  const now = new Date(deps.now());
  const importId = newImportId(
    now,
    randomBytes(6)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 8),
  );
  const run: ImportRunRecord = {
    uai: caller.uai,
    importId,
    createdAt: now.toISOString(),
    createdBy: caller.userId,
    status: 'waiting-files',
    files: request.files.map((file) => ({
      slot: file.slot,
      fileName: file.fileName,
      key: importKeys.upload(caller.uai, importId, file.slot),
      status: 'waiting',
      errors: [],
    })),
    progress: 0,
    errors: [],
    warnings: [],
    analysis: null,
    result: null,
    updatedAt: now.toISOString(),
    version: 1,
  };
  await deps.imports.create(run);
  const uploads = await Promise.all(
    run.files.map(async (file) => ({
      slot: file.slot,
      upload: await deps.files.presignUpload('imports', file.key, {
        maxBytes: MAX_IMPORT_BYTES,
        contentType: IMPORT_MEDIA_TYPE,
        expiresSeconds: IMPORT_SIGNED_SECONDS,
      }),
    })),
  );
  return { importId, uploads };
}
