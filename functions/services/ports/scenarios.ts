import type { Level } from '#shared/domain/diplomas.ts';

/** A scenario (Gestion des scénarios, guide 3.7), as stored. */
export interface Scenario {
  uai: string;
  id: string;
  diploma: string;
  /** Scenarios belong to a level (all the divisions of a year), not to a class. */
  level: Level;
  title: string;
  visibility: 'private' | 'public';
  context: string;
  materials: string;
  links: string[];
  resources: string;
  /** Ids of evaluable nodes of the diploma's référentiel. */
  items: string[];
  /** GA: item id → ids of the complexités and aléas chosen for it. */
  qualifiers: Record<string, string[]>;
  authorId: string;
  /** Kept with the scenario so a list needs no read of the authors. */
  authorName: string;
  createdAt: string;
  updatedAt: string;
  /** 1 at creation; each edit adds one and must name the version it read. */
  version: number;
}

export interface ScenariosPort {
  get(uai: string, id: string): Promise<Scenario | null>;
  /** Every scenario of a level (private ones of others included: the service filters), newest first. */
  listOfLevel(uai: string, level: Level): Promise<Scenario[]>;
  /** Fails if the id exists. */
  create(scenario: Scenario): Promise<Scenario>;
  /**
   * Replaces the scenario if it still has `expectedVersion` and the same author; the stored
   * version becomes `expectedVersion + 1`. Otherwise throws VersionConflict.
   */
  update(scenario: Scenario, expectedVersion: number): Promise<Scenario>;
  /** Deletes it if `authorId` wrote it; false when there was nothing of theirs to delete. */
  delete(uai: string, id: string, authorId: string): Promise<boolean>;
}
