import type { QuestionSet } from '../questions/QuestionSet';
import type { CaseEvaluation, CaseRecord } from './CaseEvaluation';
import { clockOf, type CaseEvaluatorOptions } from './createCaseEvaluator';
import { planCase } from './planCase';
import { runCase } from './runCase';

/**
 * One case's relevance, values, calculations and issues. Calculations are always worked out from the
 * answers; a stored calculation cell is only compared. What the set needs is prepared once per question
 * set and reused, so calling this per case is as fast as holding a createCaseEvaluator.
 */
export function evaluateCase(
  questionSet: QuestionSet,
  record: CaseRecord,
  options: CaseEvaluatorOptions = {},
): CaseEvaluation {
  return runCase(planCase(questionSet), record, clockOf(options));
}
