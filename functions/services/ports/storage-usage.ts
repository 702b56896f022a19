/** Bytes of attachments stored for one diploma of an establishment (guide 3.2). */
export interface StorageUsage {
  diploma: string;
  /** Attachments of passport fiches (Passeport professionnel). */
  passportBytes: number;
  /** Attachments of scenarios (Gestion des scénarios). */
  scenarioBytes: number;
}

/** Reads the per-diploma usage counters that the attachment uploads will keep. */
export interface StorageUsagePort {
  list(uai: string): Promise<StorageUsage[]>;
}
