import type { QuotaUsage } from '#shared/domain/attachments.ts';
import type { Scenario } from './scenarios.ts';

/** A settled attachment of a scenario: a checked zip or pdf in the files bucket. */
export interface ScenarioAttachment {
  id: string;
  name: string;
  size: number;
  uploadedAt: string;
  /** The object in the files bucket; duplicates with shared attachments point at the same one. */
  objectKey: string;
}

/** An upload the API signed: its bytes are reserved until the S3 event settles or refuses it. */
export interface AttachmentUploadRecord {
  id: string;
  name: string;
  /** Declared size: the bytes reserved, and the exact size the signed policy accepts. */
  size: number;
  diploma: string;
  /** Where the checked file is copied when it settles; the browser posts to its staging key (`stagingObjectKey`). */
  objectKey: string;
  status: 'pending' | 'rejected';
  /** Why the content was refused (French, shown to the author). */
  reason: string | null;
  createdAt: string;
  /** Epoch seconds: a pending upload past it never arrived (its reservation may be released); a refusal past it is no longer shown. */
  expiresAt: number;
}

export interface ScenarioFiles {
  attachments: ScenarioAttachment[];
  uploads: AttachmentUploadRecord[];
}

/** A stored file and the number of attachments pointing at it. */
export interface FileObjectRecord {
  objectKey: string;
  diploma: string;
  size: number;
  refs: number;
}

/** An attachment of a new scenario: a new reference to an existing object, or a copy just made. */
export type NewAttachment = ScenarioAttachment & { copied: boolean };

/**
 * Attachments of scenarios and the diploma's quota counter (data-model.md, pattern 18). Writes
 * that must go together are one transaction; reservations are conditional on the quota.
 */
export interface ScenarioAttachmentsPort {
  /** The attachments and uploads of a scenario, oldest first (one Query of its partition). */
  list(uai: string, scenarioId: string): Promise<ScenarioFiles>;
  usage(uai: string, diploma: string): Promise<QuotaUsage>;
  /** Reserves `bytes` against the diploma's quota; false (nothing written) when they do not fit. */
  reserve(uai: string, diploma: string, bytes: number, quotaBytes: number): Promise<boolean>;
  release(uai: string, diploma: string, bytes: number): Promise<void>;
  /** Records a signed upload; its bytes were reserved just before. */
  recordUpload(uai: string, scenarioId: string, upload: AttachmentUploadRecord): Promise<void>;
  getUpload(uai: string, scenarioId: string, uploadId: string): Promise<AttachmentUploadRecord | null>;
  /** The pending uploads that go stale on `day` (yyyy-mm-dd, UTC), across establishments (gsi3). */
  uploadsDue(day: string): Promise<{ uai: string; scenarioId: string; uploadId: string }[]>;
  /**
   * Makes this event delivery the only one settling a pending upload until `untilMs`, so two
   * deliveries never copy into its object at once; false when it is not pending or claimed already.
   */
  claimUpload(uai: string, scenarioId: string, uploadId: string, nowMs: number, untilMs: number): Promise<boolean>;
  /**
   * Accepts a pending upload in one transaction: the upload becomes an attachment, its object gets
   * one reference, the reservation becomes `scenarioBytes` (of the real size).
   */
  settle(
    uai: string,
    scenarioId: string,
    upload: AttachmentUploadRecord,
    realSize: number,
    uploadedAt: string,
  ): Promise<'settled' | 'not-pending' | 'scenario-gone'>;
  /** Refuses a pending upload (kept with its reason for the author until `upload.expiresAt`) and releases its reservation; false when it was not pending. */
  reject(uai: string, scenarioId: string, upload: AttachmentUploadRecord, reason: string): Promise<boolean>;
  /** Forgets an upload record; a pending one's reservation is released with it. False when it was gone already. */
  dropUpload(uai: string, scenarioId: string, upload: AttachmentUploadRecord): Promise<boolean>;
  fileObject(uai: string, objectKey: string): Promise<FileObjectRecord | null>;
  /**
   * Removes an attachment and its reference to the object. When it was the last one, the object's
   * record goes and its bytes are released: the answer is then true and the caller deletes the file.
   */
  removeAttachment(uai: string, scenarioId: string, attachment: ScenarioAttachment): Promise<boolean>;
  /**
   * Creates a scenario with its attachments in one transaction: shared ones add a reference to
   * their object, copied ones record their new object and turn `reservedBytes` into `scenarioBytes`.
   */
  createWithAttachments(scenario: Scenario, attachments: NewAttachment[], reservedBytes: number): Promise<void>;
}
