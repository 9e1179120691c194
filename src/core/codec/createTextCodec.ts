import type { Answer } from '../cases/CaseEvaluation';
import { toText } from '../expr/coerce';
import { isoFromDate, excelSerialFromDate } from '../expr/dates';
import { isDateValue } from '../expr/Value';
import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';
import { answerToValue } from './answerToValue';
import { describeCell } from './describeCell';
import { BLANK, type QuestionCodec } from './QuestionCodec';

/**
 * text questions. The string is kept exactly as it is in the cell, spaces and all; only '' is blank.
 * Excel turns a typed `true` into the boolean TRUE and `0123` into 123, so a text answer may arrive as a
 * boolean or a number: we accept both and read them as the text Excel displays (TRUE, FALSE, 123),
 * because rejecting them would ask auditors to fix something they cannot see.
 */
export function createTextCodec(question: Question): QuestionCodec {
  return {
    question,
    decode(cell: CellValue) {
      if (cell === null || cell === '') return BLANK;
      if (typeof cell === 'string') return { ok: true, answer: cell };
      return { ok: true, answer: typeof cell === 'number' ? toText(cell) : describeCell(cell) };
    },
    encode: (answer: Answer) => (answer === null ? null : toText(answerToValue(question, answer))),
    toValue: (answer) => answerToValue(question, answer),
  };
}

/** A note shows text and takes no answer; a value in its cell is reported rather than silently ignored. */
export function createNoteCodec(question: Question): QuestionCodec {
  return {
    question,
    decode(cell: CellValue) {
      if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return BLANK;
      return {
        ok: false,
        message: `${question.name} is a note and takes no answer, but its cell holds ${describeCell(cell)}. Clear the cell.`,
      };
    },
    encode: () => null,
    toValue: () => '',
  };
}

/**
 * A calculation's stored cell, read only to compare with the value computed from the answers. Its type
 * is not declared, so numbers stay numbers, text stays text, and TRUE/FALSE read as XPath's true/false.
 */
export function createCalculateCodec(question: Question): QuestionCodec {
  return {
    question,
    decode(cell: CellValue) {
      if (cell === null || cell === '') return BLANK;
      if (typeof cell === 'boolean') return { ok: true, answer: cell ? 'true' : 'false' };
      return { ok: true, answer: cell };
    },
    encode(answer: Answer) {
      if (answer === null) return null;
      if (typeof answer === 'number' || typeof answer === 'string') return answer;
      if (isDateValue(answer)) {
        const serial = excelSerialFromDate(answer);
        return Number.isNaN(serial) ? isoFromDate(answer) : serial;
      }
      return toText(answerToValue(question, answer));
    },
    toValue: (answer) => answerToValue(question, answer),
  };
}
