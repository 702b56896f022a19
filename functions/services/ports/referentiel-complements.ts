import type { ReferentielComplements } from '#shared/referentiels/complements.ts';

/** One establishment's complements of one diploma's référentiel, as stored. */
export interface StoredComplements extends ReferentielComplements {
  diploma: string;
  /** Starts at 1; every save adds one, and a save must name the version it read. */
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface ReferentielComplementsPort {
  get(uai: string, diploma: string): Promise<StoredComplements | null>;
  /**
   * Writes the complements if the stored version is still `expectedVersion` (null: nothing
   * stored yet); otherwise throws VersionConflict.
   */
  put(uai: string, complements: StoredComplements, expectedVersion: number | null): Promise<StoredComplements>;
}
