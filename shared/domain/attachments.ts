/**
 * Attachments of scenarios (and later of passport fiches): zip or pdf only, checked by their
 * content, and counted against the diploma's quota. Plain code with no schema library, so the
 * SPA warns early with the same figures and rules as the server.
 */

/** One file at most this size (20 Mo): a scenario's documents, not a video library. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Attachments per scenario (settled ones and uploads in progress): keeps a duplicate within one transaction. */
export const MAX_SCENARIO_ATTACHMENTS = 20;

/** How many first bytes the content check reads (a ranged GET). */
export const ATTACHMENT_SIGNATURE_BYTES = 8;

export type AttachmentKind = 'pdf' | 'zip';

/** The media type an attachment is stored and served with, pinned by the signed upload form. */
export const ATTACHMENT_MEDIA_TYPES: Record<AttachmentKind, string> = { pdf: 'application/pdf', zip: 'application/zip' };

/** Attachments of a duplicate: « partagées » (the same files, counted once) or « copiées » (new files, counted again). */
export const ATTACHMENT_MODES = ['shared', 'copied'] as const;

/** The `accept` of the file input, and the only extensions the server signs an upload for. */
export const ATTACHMENT_ACCEPT = '.zip,.pdf';

/** @example attachmentKindOfName('Sujet.PDF') // 'pdf'; attachmentKindOfName('notes.txt') // null */
export function attachmentKindOfName(name: string): AttachmentKind | null {
  const match = /\.(zip|pdf)$/i.exec(name.trim());
  return match ? (match[1]!.toLowerCase() as AttachmentKind) : null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/**
 * The real kind of a file from its first bytes, whatever its name says: `%PDF-` for a PDF, a
 * local file header `PK\x03\x04` (or the end record `PK\x05\x06` of an empty archive) for a zip.
 * @example attachmentKindOfContent(new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 */
export function attachmentKindOfContent(bytes: Uint8Array): AttachmentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  return null;
}

/** What a diploma's attachments take: settled bytes (scenarios and passport) and reservations of uploads in progress. */
export interface QuotaUsage {
  usedBytes: number;
  reservedBytes: number;
}

/**
 * The highest counted total (used + reserved) at which `size` more bytes still fit in `quota`;
 * null when the file alone is larger than the quota. The store reserves with the condition
 * `totalBytes <= ceiling`, since DynamoDB conditions cannot add.
 * @example reservationCeiling(100, 30) // 70
 */
export function reservationCeiling(quotaBytes: number, size: number): number | null {
  const ceiling = quotaBytes - size;
  return ceiling < 0 ? null : ceiling;
}

/** @example fitsQuota({ usedBytes: 60, reservedBytes: 10 }, 30, 100) // true; …, 31, 100 → false */
export function fitsQuota(usage: QuotaUsage, size: number, quotaBytes: number): boolean {
  const ceiling = reservationCeiling(quotaBytes, size);
  return ceiling !== null && usage.usedBytes + usage.reservedBytes <= ceiling;
}

/** Bytes still free for new files: never negative. @example freeBytes({ usedBytes: 90, reservedBytes: 20 }, 100) // 0 */
export function freeBytes(usage: QuotaUsage, quotaBytes: number): number {
  return Math.max(0, quotaBytes - usage.usedBytes - usage.reservedBytes);
}

/**
 * A size as a French reader writes it (binary units, « o » for octet).
 * @example frenchSize(1536) // '1,5 Ko'; frenchSize(20 * 1024 * 1024) // '20 Mo'
 */
export function frenchSize(bytes: number): string {
  const units = ['o', 'Ko', 'Mo', 'Go', 'To'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${String(rounded).replace('.', ',')} ${units[unit]}`;
}

/**
 * A file name safe to store and to show (no path, no control characters, at most 150 characters),
 * keeping its extension; empty when nothing is left.
 * @example attachmentName('C:\\Documents\\Sujet final.pdf') // 'Sujet final.pdf'
 */
export function attachmentName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= 150) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? clean.slice(dot) : '';
  return clean.slice(0, 150 - extension.length) + extension;
}

const KIND_LABELS: Record<AttachmentKind, string> = { pdf: 'un document PDF', zip: 'une archive zip' };

/**
 * Why a received file is refused, in French for its author; null when it is accepted: its content
 * must be the zip or pdf its name announces, and no larger than the size declared (and reserved).
 * @example attachmentRefusal({ name: 'a.pdf', declaredSize: 9, realSize: 9, head: new TextEncoder().encode('bonjour !') })
 * // '« a.pdf » n’est pas un vrai fichier PDF ou zip : son contenu ne correspond pas à son extension.'
 */
export function attachmentRefusal(file: { name: string; declaredSize: number; realSize: number; head: Uint8Array }): string | null {
  if (file.realSize > file.declaredSize)
    return `Le fichier reçu (${frenchSize(file.realSize)}) est plus gros que celui annoncé (${frenchSize(file.declaredSize)}).`;
  const real = attachmentKindOfContent(file.head);
  if (real === null) return `« ${file.name} » n’est pas un vrai fichier PDF ou zip : son contenu ne correspond pas à son extension.`;
  const announced = attachmentKindOfName(file.name);
  if (announced !== real) return `« ${file.name} » contient en réalité ${KIND_LABELS[real]} : renommez-le avec l’extension .${real}.`;
  return null;
}
