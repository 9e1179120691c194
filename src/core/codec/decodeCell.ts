import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';
import { codecFor } from './codecFor';
import type { DecodeResult } from './QuestionCodec';

/** A cell as the question's typed answer, or why it cannot be one (a message naming what was expected). */
export function decodeCell(question: Question, cell: CellValue): DecodeResult {
  return codecFor(question).decode(cell);
}
