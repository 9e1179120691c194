import type { CaseEvaluation } from '../../core/cases/CaseEvaluation';
import { toBoolean } from '../../core/expr/coerce';
import type { Question } from '../../core/questions/QuestionSet';

/** Whether to show the required mark now: `required` can be a condition on other answers. */
export function isRequired(question: Question, evaluation: CaseEvaluation): boolean {
  if (!question.required || question.type === 'note' || question.type === 'calculate') return false;
  try {
    return toBoolean(
      question.required.evaluate({ ref: (name) => evaluation.values.get(name) ?? '', now: () => new Date() }),
    );
  } catch {
    // A condition that cannot be worked out is reported by the engine's checks; mark it to be safe.
    return true;
  }
}
