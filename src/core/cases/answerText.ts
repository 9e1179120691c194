import type { Answer } from './CaseEvaluation';
import { toText } from '../expr/coerce';
import type { Question } from '../questions/QuestionSet';

/**
 * An answer as the auditor would recognise it: choice labels rather than names, '(blank)' for nothing. One
 * wording for the pane, the Merge log (pane and command line) and moderation, so an answer reads alike.
 */
export function answerText(question: Question | undefined, answer: Answer): string {
  if (answer === null) return '(blank)';
  const label = (name: string) => question?.choices.find((c) => c.name === name)?.label ?? name;
  if (Array.isArray(answer)) return answer.length === 0 ? '(blank)' : answer.map(label).join(', ');
  if (typeof answer === 'string') return question?.type.startsWith('select') ? label(answer) : answer;
  return toText(answer as Exclude<Answer, readonly string[] | null>);
}
