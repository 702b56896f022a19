import type { ImportSlot } from '#shared/api/schemas/import.ts';
import { IMPORT_SLOTS } from '#shared/api/schemas/import.ts';

/**
 * Layout of a run in the imports bucket. Only `upload/<slot>` and `confirm` trigger work; the
 * run's own outputs live under `output/`, which the event handler ignores (no loop).
 */
export const importKeys = {
  upload: (uai: string, importId: string, slot: ImportSlot) => `${uai}/imports/${importId}/upload/${slot}`,
  confirm: (uai: string, importId: string) => `${uai}/imports/${importId}/confirm`,
  result: (uai: string, importId: string) => `${uai}/imports/${importId}/output/result.json`,
};

export type ImportObject = { kind: 'upload'; uai: string; importId: string; slot: ImportSlot } | { kind: 'confirm'; uai: string; importId: string };

const PATTERN = /^([0-9A-Z]{8})\/imports\/(\d{8}T\d{9}Z-[a-z0-9]{8})\/(upload\/([a-z]+)|confirm)$/;

/** What an object of the imports bucket is, from its key; null for anything else (outputs, strays). */
export function parseImportKey(key: string): ImportObject | null {
  const match = PATTERN.exec(key);
  if (!match) return null;
  const [, uai, importId, what, slot] = match;
  if (what === 'confirm') return { kind: 'confirm', uai: uai!, importId: importId! };
  if (!(IMPORT_SLOTS as readonly string[]).includes(slot!)) return null;
  return { kind: 'upload', uai: uai!, importId: importId!, slot: slot as ImportSlot };
}

/** Ids sort by creation time, to the millisecond: `20261129T091500123Z-k3x9p2ab`. */
export function newImportId(now: Date, random: string): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${random}`;
}
