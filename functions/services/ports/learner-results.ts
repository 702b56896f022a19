import type { EvaluationSlice } from '#shared/domain/learner-results.ts';

/** A learner's results across evaluations (pattern 19), one slice per evaluation. */
export interface LearnerResultsPort {
  /** Writes the learner's slice of one evaluation, or removes it (null); idempotent. */
  setEvaluationSlice(uai: string, learnerId: string, evaluationId: string, slice: EvaluationSlice | null): Promise<void>;
  /** Every slice of the learner by evaluation id; empty when the learner has no result yet. */
  get(uai: string, learnerId: string): Promise<Record<string, EvaluationSlice>>;
}
