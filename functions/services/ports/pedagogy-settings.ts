import type { DiplomaId } from '#shared/domain/diplomas.ts';
import type { EvaluationCodeSettings } from '#shared/domain/evaluation-codes.ts';
import type { InputMaskOverrides } from '#shared/domain/input-masks.ts';

/** An establishment's pedagogical settings as stored: only what it changed (null/absent: defaults). */
export interface StoredPedagogySettings {
  codes: EvaluationCodeSettings | null;
  masks: Partial<Record<DiplomaId, InputMaskOverrides>>;
}

export interface PedagogySettingsPort {
  get(uai: string): Promise<StoredPedagogySettings>;
  setCodes(uai: string, codes: EvaluationCodeSettings): Promise<void>;
  /** Replaces one diploma's mask, leaving the codes and the other diplomas' masks as they are. */
  setMask(uai: string, diploma: DiplomaId, overrides: Required<InputMaskOverrides>): Promise<void>;
}
