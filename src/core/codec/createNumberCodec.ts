import type { Answer } from '../cases/CaseEvaluation';
import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';
import { toText } from '../expr/coerce';
import { answerToValue } from './answerToValue';
import { describeCell } from './describeCell';
import { BLANK, type DecodeResult, type QuestionCodec } from './QuestionCodec';

// Plain decimals only: '1,000' could be one thousand or one, so it is not guessed at.
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** integer and decimal questions. A number typed into a text-formatted cell is accepted, with a note. */
export function createNumberCodec(question: Question): QuestionCodec {
  const whole = question.type === 'integer';
  const expected = whole ? 'a whole number, such as 3' : 'a number, such as 2.5';
  const invalid = (cell: CellValue, why: string): DecodeResult => ({
    ok: false,
    message: `${describeCell(cell)} ${why}; ${question.name} takes ${expected}.`,
  });
  const check = (n: number, cell: CellValue, note?: string): DecodeResult => {
    if (!Number.isFinite(n)) return invalid(cell, 'is not a number');
    if (whole && !Number.isInteger(n)) return invalid(cell, 'is not a whole number');
    if (whole && !Number.isSafeInteger(n)) return invalid(cell, 'is too large to keep exactly');
    return note === undefined ? { ok: true, answer: n } : { ok: true, answer: n, note };
  };
  return {
    question,
    decode(cell) {
      if (cell === null) return BLANK;
      if (typeof cell === 'number') return check(cell, cell);
      if (typeof cell === 'boolean') return invalid(cell, 'is not a number');
      const text = cell.trim();
      if (text === '') return BLANK;
      if (!NUMERIC_TEXT.test(text)) return invalid(cell, 'is not a number');
      const n = Number(text);
      return check(
        n,
        cell,
        `${describeCell(cell)} is text that reads as the number ${n}; it was taken as that number.`,
      );
    },
    encode(answer: Answer) {
      if (answer === null) return null;
      if (typeof answer === 'number' || typeof answer === 'string') return answer;
      return toText(answerToValue(question, answer));
    },
    toValue: (answer) => answerToValue(question, answer),
  };
}
