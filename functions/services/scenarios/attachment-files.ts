import { randomUUID } from 'node:crypto';
import { AppError } from '#shared/api/errors.ts';
import type { AttachmentUploadState, AttachmentView } from '#shared/api/schemas/scenarios.ts';
import { frenchSize, freeBytes } from '#shared/domain/attachments.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { loadEstablishment } from '../auth/load-member.ts';
import { DEFAULT_QUOTA_BYTES } from '../abonnement/subscription.ts';
import type { ScenarioFiles } from '../ports/scenario-attachments.ts';
import { scenarioDiploma } from './scenario-diplomas.ts';

/*
 * Layout of scenario attachments in the files bucket: `<uai>/files/<diploma>/scenarios/<scenarioId>/<objectId>`.
 * The object id is the id of the attachment it was uploaded (or copied) for; the file name lives
 * in the table and comes back as Content-Disposition on download.
 */
const OBJECT_KEY = /^([0-9A-Z]{8})\/files\/([a-z0-9-]+)\/scenarios\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

export const scenarioObjectKey = (uai: string, diploma: string, scenarioId: string, objectId: string) =>
  `${uai}/files/${diploma}/scenarios/${scenarioId}/${objectId}`;

/**
 * The browser posts an attachment to a staging key, `<uai>/uploads/…` beside its object's
 * `<uai>/files/…`, never to the object itself: the S3 event copies it to the object, checks that
 * copy and deletes the staging file, so re-posting the signed form cannot change a settled
 * (maybe shared) file.
 * @example stagingObjectKey('0861234A/files/ga/scenarios/<s>/<o>') // '0861234A/uploads/ga/scenarios/<s>/<o>'
 */
export const stagingObjectKey = (objectKey: string) => objectKey.replace(/^([0-9A-Z]{8})\/files\//, '$1/uploads/');

/** The object key a staging key stands for; null for any other key. */
export function objectKeyOfStaging(key: string): string | null {
  const objectKey = key.replace(/^([0-9A-Z]{8})\/uploads\//, '$1/files/');
  return objectKey !== key && parseScenarioObjectKey(objectKey) ? objectKey : null;
}

/** What an object of the files bucket is, from its key; null for anything else (logos, passport files later). */
export function parseScenarioObjectKey(key: string): { uai: string; diploma: string; scenarioId: string; objectId: string } | null {
  const match = OBJECT_KEY.exec(key);
  if (!match) return null;
  const [, uai, diploma, scenarioId, objectId] = match as unknown as [string, string, string, string, string];
  return { uai, diploma, scenarioId, objectId };
}

/** Crypto-random ids (UUID v4) for attachments and their objects. */
export const newAttachmentId = () => randomUUID();

/** The diploma's quota: the operator's figure for this establishment, or 3 Go. */
export async function quotaOf(deps: Pick<Dependencies, 'establishments'>, uai: string, diploma: string): Promise<number> {
  return (await loadEstablishment(deps, uai)).quotas?.[diploma] ?? DEFAULT_QUOTA_BYTES;
}

/**
 * Reserves `bytes` against the diploma's quota, or refuses (409) saying how much room is left:
 * for one uploaded file, or for the copies of `copies` attachments of a duplicate.
 */
export async function reserveOrRefuse(
  deps: Pick<Dependencies, 'establishments' | 'scenarioAttachments'>,
  uai: string,
  diploma: string,
  bytes: number,
  copies = 0,
): Promise<void> {
  const quota = await quotaOf(deps, uai, diploma);
  if (await deps.scenarioAttachments.reserve(uai, diploma, bytes, quota)) return;
  const free = freeBytes(await deps.scenarioAttachments.usage(uai, diploma), quota);
  const label = scenarioDiploma(diploma)?.label ?? diploma;
  const params = { diploma: label, quota: frenchSize(quota), size: frenchSize(bytes), free: frenchSize(free) };
  if (copies === 0) throw new AppError('QUOTA_EXCEEDED', { params });
  if (copies === 1) throw new AppError('QUOTA_EXCEEDED_BY_COPY', { params });
  throw new AppError('QUOTA_EXCEEDED_BY_COPIES', { params: { ...params, count: copies } });
}

/** What the scenario page shows: settled attachments, and for the author the uploads in progress or refused (not expired). */
export function filesView(files: ScenarioFiles, isAuthor: boolean, nowMs: number): { attachments: AttachmentView[]; uploads: AttachmentUploadState[] } {
  return {
    attachments: files.attachments.map(({ id, name, size, uploadedAt }) => ({ id, name, size, uploadedAt })),
    uploads: isAuthor
      ? files.uploads.filter((upload) => upload.expiresAt * 1000 > nowMs).map(({ id, name, size, status, reason }) => ({ id, name, size, status, reason }))
      : [],
  };
}
