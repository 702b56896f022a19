import type { EvaluationCode } from '#shared/domain/evaluation-codes.ts';
import type { Level } from '#shared/domain/diplomas.ts';

/** An item of an evaluation, in the order the teacher chose, with its GA complexités and aléas. */
export interface EvaluationItem {
  id: string;
  qualifiers: string[];
}

/** A learner of an evaluation; name and division are copied so the grid reads no user. */
export interface EvaluationLearner {
  id: string;
  name: string;
  division: string | null;
}

/** An evaluation (Gestion des évaluations, guide 3.8): the `META#v1` item of its partition. */
export interface Evaluation {
  uai: string;
  id: string;
  title: string;
  date: string;
  /** From the date, with the evaluations' cut on 1 September (`EVALUATION_YEAR_START_MONTH`). */
  schoolYear: number;
  diploma: string;
  level: Level;
  authorId: string;
  authorName: string;
  scenarioId: string | null;
  visible: boolean;
  items: EvaluationItem[];
  learners: EvaluationLearner[];
  createdAt: string;
  updatedAt: string;
  /** 1 at creation; each structural change (title, date, items, learners, visibility) adds one. */
  version: number;
}

/** One result: absent until written; `code` null once cleared (the version goes on). */
export interface Cell {
  learnerId: string;
  itemId: string;
  code: EvaluationCode | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Comment {
  learnerId: string;
  text: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** Everything stored in an evaluation's partition, as one Query reads it. */
export interface StoredGrid {
  evaluation: Evaluation;
  cells: Cell[];
  comments: Comment[];
}

/** A learner's reference to a visible evaluation (pattern 13). */
export interface LearnerEvaluationRef {
  evaluationId: string;
  title: string;
  date: string;
  diploma: string;
  authorName: string;
}

/** The keys of a changed table item, as the table's stream carries them. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** What a changed item means for the learners' results: an evaluation's header (learnerId null) or one learner's cell. */
export interface EvaluationItemRef {
  uai: string;
  evaluationId: string;
  learnerId: string | null;
}

/** A conditional write lost: someone else wrote first. */
export type WriteOutcome<T> = { ok: true; value: T } | { ok: false };

export interface EvaluationsPort {
  /** What a changed item's keys point at (the store owns its key layout); null for any other item. */
  itemOf(key: ItemKey): EvaluationItemRef | null;
  get(uai: string, id: string): Promise<Evaluation | null>;
  /** The whole partition (pattern 12); null when the evaluation does not exist. */
  grid(uai: string, id: string): Promise<StoredGrid | null>;
  /** A teacher's evaluations of one school year, newest first (pattern 11a). */
  listOfTeacher(uai: string, authorId: string, schoolYear: number): Promise<Evaluation[]>;
  /** Writes the evaluation and, when visible, its learners' references, in one transaction. */
  create(evaluation: Evaluation): Promise<void>;
  /**
   * Replaces the evaluation if it still has `previous.version` and author, and brings the learners'
   * references in line (added, moved, removed) in the same transaction. False on a lost race.
   */
  replace(previous: Evaluation, next: Evaluation): Promise<boolean>;
  /** Deletes the references, the evaluation (conditional on its author), then its cells and comments. */
  delete(evaluation: Evaluation): Promise<boolean>;
  /** One conditional write: the cell still has `expectedVersion` (null: never written). */
  saveCell(uai: string, evaluationId: string, cell: Omit<Cell, 'version'>, expectedVersion: number | null): Promise<WriteOutcome<Cell>>;
  /** Writes `code` into the cell only if it holds no result; false when it already did. */
  fillCell(uai: string, evaluationId: string, cell: Omit<Cell, 'version'>): Promise<boolean>;
  getCell(uai: string, evaluationId: string, learnerId: string, itemId: string): Promise<Cell | null>;
  saveComment(uai: string, evaluationId: string, comment: Omit<Comment, 'version'>, expectedVersion: number | null): Promise<WriteOutcome<Comment>>;
  getComment(uai: string, evaluationId: string, learnerId: string): Promise<Comment | null>;
  /** A learner's cells of one evaluation (one Query, strongly consistent). */
  cellsOfLearner(uai: string, evaluationId: string, learnerId: string): Promise<Cell[]>;
  /** A learner's own cells and comment of one evaluation, nothing of other learners. */
  ofLearner(uai: string, evaluationId: string, learnerId: string): Promise<{ cells: Cell[]; comment: Comment | null }>;
  /** A learner's visible evaluations, newest first (pattern 13). */
  refsOfLearner(uai: string, learnerId: string): Promise<LearnerEvaluationRef[]>;
}
