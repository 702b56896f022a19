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

/**
 * Each writer touches only its own fields, so an import and an access opening running at the
 * same time cannot undo each other: the import owns what STS says, the access module owns
 * `parentAccess`, and counts are set by whoever just recomputed them.
 */
export interface StructurePort {
  list(uai: string): Promise<Division[]>;
  get(uai: string, code: string): Promise<Division | null>;
  /** Creates divisions that do not exist yet (an existing one is left as it is). */
  createMany(divisions: Division[]): Promise<void>;
  /** Updates what STS describes: label, kind, MEFs, diplomas, groups' divisions, origin. */
  updateDescriptions(divisions: Division[]): Promise<void>;
  setCounts(uai: string, code: string, counts: Division['counts']): Promise<void>;
  /** Opens parent access for the whole division (`diploma` null) or one diploma; irreversible, idempotent. */
  openParentAccess(uai: string, code: string, diploma: string | null): Promise<void>;
}
