import type { Answer } from '../cases/CaseEvaluation';
import type { Value } from '../expr/Value';
import type { Question } from '../questions/QuestionSet';

/**
 * An answer as expressions see it (ODK's conventions): blank is '', a select_multiple is its choice
 * names separated by single spaces, and everything else is itself. The question is taken for symmetry
 * with the other codec functions and so that a type-specific rule can be added without changing callers.
 */
export function answerToValue(_question: Question, answer: Answer): Value {
  if (answer === null) return '';
  if (isChoiceNames(answer)) return answer.join(' ');
  return answer;
}

/** Array.isArray, narrowing a readonly array too (TypeScript's own narrows only mutable ones). */
export function isChoiceNames(answer: Answer): answer is readonly string[] {
  return Array.isArray(answer);
}
