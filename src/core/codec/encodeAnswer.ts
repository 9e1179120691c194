import type { Answer } from '../cases/CaseEvaluation';
import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';
import { codecFor } from './codecFor';

/** An answer as it should be written to its cell: choices as labels, dates as Excel serial numbers. */
export function encodeAnswer(question: Question, answer: Answer): CellValue {
  return codecFor(question).encode(answer);
}
