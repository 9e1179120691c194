import type { Answer } from '../cases/CaseEvaluation';
import { toText } from '../expr/coerce';
import type { Question } from '../questions/QuestionSet';

/**
 * An answer in the Merge log as the auditor would recognise it: choice labels rather than names, '(blank)'
 * for nothing. The same words as the pane's answerText (src/ui/capture), which the command line's log uses,
 * so a conflict reads alike whichever way the workbooks were combined; the excel layer cannot import ui.
 */
export function mergeAnswerText(question: Question | undefined, answer: Answer): string {
  if (answer === null) return '(blank)';
  const label = (name: string) => question?.choices.find((c) => c.name === name)?.label ?? name;
  if (Array.isArray(answer)) return answer.length === 0 ? '(blank)' : answer.map(label).join(', ');
  if (typeof answer === 'string') return question?.type.startsWith('select') ? label(answer) : answer;
  return toText(answer as Exclude<Answer, readonly string[] | null>);
}
