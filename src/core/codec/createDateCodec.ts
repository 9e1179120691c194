import type { Answer } from '../cases/CaseEvaluation';
import { toText } from '../expr/coerce';
import { dateFromExcelSerial, dateFromIso, excelSerialFromDate, isoFromDate } from '../expr/dates';
import { isDateValue, type DateValue } from '../expr/Value';
import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';
import { answerToValue } from './answerToValue';
import { describeCell } from './describeCell';
import { BLANK, type DecodeResult, type QuestionCodec } from './QuestionCodec';

const MS_PER_DAY = 86_400_000;
const MEMO_LIMIT = 4096;

/**
 * date and dateTime questions. Cells hold Excel serial numbers (1900 date system), which is what the
 * sheet's date format displays; ISO 8601 text is read too. A date question keeps only the day, as a
 * date-formatted cell shows it, and says so when a time of day was dropped. Date-times are kept to the
 * millisecond, which is as fine as Excel stores them, so a write and a read give back the same instant.
 */
export function createDateCodec(question: Question): QuestionCodec {
  const kind: DateValue['kind'] = question.type === 'dateTime' ? 'dateTime' : 'date';
  const example = kind === 'date' ? '2023-02-06' : '2023-02-06 14:30';
  const invalid = (cell: CellValue, why: string): DecodeResult => ({
    ok: false,
    message:
      `${describeCell(cell)} ${why}; ${question.name} takes a ${kind === 'date' ? 'date' : 'date and time'}. ` +
      `Enter it as a date Excel recognises, or as ${example}.`,
  });
  const accept = (d: DateValue, cell: CellValue): DecodeResult => {
    if (kind === 'dateTime') {
      return {
        ok: true,
        answer: Object.freeze({ kind, days: Math.round(d.days * MS_PER_DAY) / MS_PER_DAY }),
      };
    }
    const day: DateValue = Object.freeze({ kind, days: Math.floor(d.days) });
    if (d.days === day.days) return { ok: true, answer: day };
    return {
      ok: true,
      answer: day,
      note: `${describeCell(cell)} includes a time of day; ${question.name} keeps only the date, ${isoFromDate(day)}.`,
    };
  };
  // An audit's dates fall on a few hundred days, so each serial is decoded once per question.
  const memo = new Map<number, DecodeResult>();
  return {
    question,
    decode(cell) {
      if (cell === null) return BLANK;
      if (typeof cell === 'boolean') return invalid(cell, 'is not a date');
      if (typeof cell === 'number') {
        let result = memo.get(cell);
        if (result === undefined) {
          const d = dateFromExcelSerial(cell, 'dateTime');
          result = d === null ? invalid(cell, 'is not a date between 1900 and 9999') : accept(d, cell);
          if (memo.size < MEMO_LIMIT) memo.set(cell, result);
        }
        return result;
      }
      if (cell.trim() === '') return BLANK;
      const d = dateFromIso(cell);
      return d === null ? invalid(cell, 'is not a date') : accept(d, cell);
    },
    encode(answer: Answer) {
      if (answer === null) return null;
      // Not a date (a caller's mistake): written as it reads, so that at least nothing is lost.
      if (!isDateValue(answer))
        return typeof answer === 'number' ? answer : toText(answerToValue(question, answer));
      const serial = excelSerialFromDate(answer);
      // Excel cannot show dates before 1900 as dates; ISO text keeps them rather than losing them.
      return Number.isNaN(serial) ? isoFromDate(answer) : serial;
    },
    toValue: (answer) => answerToValue(question, answer),
  };
}
