import type { QuestionSet } from '../questions/QuestionSet';
import type { CaseEvaluation, CaseRecord } from './CaseEvaluation';
import { CaseRunner } from './CaseRunner';
import { planCase } from './planCase';
import { runCase } from './runCase';

export interface CaseEvaluatorOptions {
  /**
   * The clock behind today() and now(). A Date fixes it (a findings run judges every case against the
   * same day); a function is asked each time an expression reads it. Default: the system clock.
   */
  readonly now?: Date | (() => Date);
}

export function clockOf(options: CaseEvaluatorOptions): () => Date {
  const { now } = options;
  if (now === undefined) return () => new Date();
  if (now instanceof Date) {
    const fixed = now.getTime();
    return () => new Date(fixed);
  }
  return now;
}

/** Works out everything about the question set once, and returns a function that evaluates a case. */
export function createCaseEvaluator(
  questionSet: QuestionSet,
  options: CaseEvaluatorOptions = {},
): (record: CaseRecord) => CaseEvaluation {
  const plan = planCase(questionSet);
  const now = clockOf(options);
  const evaluate = (record: CaseRecord): CaseEvaluation => runCase(plan, record, now);
  // A findings run given this evaluator can then work out cases without building each one's maps.
  CaseRunner.register(evaluate, plan, now);
  return evaluate;
}
