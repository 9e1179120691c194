import type { Answer } from './CaseEvaluation';
import { toText } from '../expr/coerce';
import type { Choice, QuestionType } from '../questions/QuestionSet';

/** What showing an answer needs of its question: a Question, or the Findings' QuestionFinding. */
export interface AnswerQuestion {
  readonly type: QuestionType;
  readonly choices: readonly Choice[];
}

/** Between ticked choices in a sentence: the pane, the Merge log, the command line's merge. */
export const IN_A_SENTENCE = ', ';
/** Between ticked choices in a cell, as the Audit sheet writes them (the Findings sheet, the moderation report). */
export const IN_A_CELL = '; ';

/**
 * An answer as the auditor would recognise it: choice labels rather than names, dates in ISO form, '(blank)'
 * for nothing (text of spaces only included, as comparing answers treats it). One wording everywhere an
 * answer is shown, so the pane, the logs and the Findings sheet cannot drift apart; only the separator
 * between ticked choices differs, because a cell reads best as the Audit sheet writes it.
 */
export function answerText(
  question: AnswerQuestion | undefined,
  answer: Answer,
  separator: string = IN_A_SENTENCE,
): string {
  if (answer === null || (typeof answer === 'string' && answer.trim() === '')) return '(blank)';
  const label = (name: string): string => question?.choices.find((c) => c.name === name)?.label ?? name;
  const multiple = question?.type === 'select_multiple';
  // A select_multiple cell read as text holds its names space-separated; a repeated choice is shown once.
  const names = Array.isArray(answer)
    ? (answer as readonly string[])
    : multiple && typeof answer === 'string'
      ? answer.split(/\s+/).filter((s) => s !== '')
      : null;
  if (names !== null) return names.length === 0 ? '(blank)' : [...new Set(names)].map(label).join(separator);
  const text = toText(answer as Exclude<Answer, readonly string[] | null>);
  // A choice named "1" can come back from a cell as the number 1: it still shows its label.
  return question?.type.startsWith('select') ? label(text.trim()) : text;
}
