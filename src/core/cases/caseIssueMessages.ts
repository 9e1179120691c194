import type { QuestionCodec } from '../codec/QuestionCodec';
import { toText } from '../expr/coerce';
import { isoFromDate } from '../expr/dates';
import { isDateValue, type Value } from '../expr/Value';
import type { Group, Question } from '../questions/QuestionSet';
import type { Answer } from './CaseEvaluation';

/** The default messages, each naming the question by its label as the auditor sees it. */
export function title(item: Question | Group): string {
  return `'${item.label || item.name}'`;
}

/** An answer as the auditor would recognise it: choice labels, dates in ISO form. */
export function showAnswer(codec: QuestionCodec, answer: Answer): string {
  if (isDateValue(answer)) return isoFromDate(answer);
  const cell = codec.encode(answer);
  return typeof cell === 'string' ? `'${cell}'` : String(cell);
}

export function showValue(value: Value): string {
  return typeof value === 'string' ? `'${value}'` : toText(value);
}

export function requiredMessage(q: Question): string {
  return q.requiredMessage || `${title(q)} needs an answer. Enter one before marking the case complete.`;
}

export function constraintMessage(q: Question, shown: string): string {
  return (
    q.constraintMessage ||
    `The answer ${shown} to ${title(q)} is not allowed: it must meet the rule ${q.constraint?.source ?? ''}. Check and correct it.`
  );
}

export function notApplicableMessage(q: Question, shown: string, hiddenBy: Group | null): string {
  const why =
    hiddenBy === null
      ? `its condition ${q.relevant?.source ?? ''} is not met`
      : `it is in ${title(hiddenBy)}, whose condition ${hiddenBy.relevant?.source ?? ''} is not met`;
  return (
    `${title(q)} has the answer ${shown}, but it does not apply to this case (${why}). The answer is left ` +
    `out of every figure: clear it, or check the answers its condition depends on.`
  );
}

export function mismatchMessage(q: Question, computed: Value, stored: string): string {
  return (
    `${title(q)} works out as ${showValue(computed)} from the answers, but its cell holds ${stored}. ` +
    `The worked-out value is used; the cell is out of date.`
  );
}
