import { dispatch } from '#functions/platform/dispatch.ts';
import { blankSheet } from './blank-sheet.ts';
import { createEvaluation } from './create-evaluation.ts';
import { deleteEvaluation } from './delete-evaluation.ts';
import { fillCells } from './fill-cells.ts';
import { getEvaluation } from './get-evaluation.ts';
import { getMyEvaluation } from './get-my-evaluation.ts';
import { getPreviousEvaluation } from './get-previous-evaluation.ts';
import { listEvaluations } from './list-evaluations.ts';
import { listLearners } from './list-learners.ts';
import { listMyEvaluations } from './list-my-evaluations.ts';
import { listPreviousEvaluations } from './list-previous-evaluations.ts';
import { saveCell } from './save-cell.ts';
import { saveComment } from './save-comment.ts';
import { setPreviousVisibility } from './set-previous-visibility.ts';
import { setVisibility } from './set-visibility.ts';
import { updateEvaluation } from './update-evaluation.ts';

/** Gestion des évaluations (teacher, learner) and Consultation des évaluations: one function. */
export const handler = dispatch({
  'evaluations.list': listEvaluations,
  'evaluations.learners': listLearners,
  'evaluations.create': createEvaluation,
  'evaluations.get': getEvaluation,
  'evaluations.update': updateEvaluation,
  'evaluations.set-visibility': setVisibility,
  'evaluations.delete': deleteEvaluation,
  'evaluations.save-cell': saveCell,
  'evaluations.save-comment': saveComment,
  'evaluations.fill': fillCells,
  'evaluations.blank-sheet': blankSheet,
  'evaluations.mine': listMyEvaluations,
  'evaluations.mine-get': getMyEvaluation,
  'consultation.list': listPreviousEvaluations,
  'consultation.get': getPreviousEvaluation,
  'consultation.set-visibility': setPreviousVisibility,
});
