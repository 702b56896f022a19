/** A division (class) or a group of an establishment, from STS (or from SIECLE when STS lacks it). */
export interface Division {
  uai: string;
  code: string;
  label: string;
  kind: 'division' | 'group';
  /** MEFs the division belongs to, and the diplomas they map to (a division may mix diplomas). */
  mefCodes: string[];
  diplomas: string[];
  /** Groups: the divisions whose learners make the group up. */
  divisionCodes: string[];
  origin: 'sts' | 'siecle';
  /** Parent access (guide 3.5), irreversible: for the whole division, or for some of its diplomas. */
  parentAccess: { all: boolean; diplomas: string[] };
  /** Kept by each import and each access opening, so the access page is one query. */
  counts: { learners: number; guardians: number; guardiansWithEmail: number };
  createdAt: string;
  updatedAt: string;
}

export interface StructurePort {
  list(uai: string): Promise<Division[]>;
  get(uai: string, code: string): Promise<Division | null>;
  /** Writes divisions as given (idempotent puts). */
  putMany(divisions: Division[]): Promise<void>;
}
