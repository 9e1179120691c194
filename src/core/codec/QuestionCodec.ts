import type { Answer } from '../cases/CaseEvaluation';
import type { Value } from '../expr/Value';
import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';

export type DecodeResult =
  | {
      readonly ok: true;
      readonly answer: Answer;
      /** Set when the cell was read but not as it stood, e.g. numeric text read as a number. */
      readonly note?: string;
    }
  | { readonly ok: false; readonly message: string };

/** One question's conversions, with its lookups built once so that decoding a column is cheap. */
export interface QuestionCodec {
  readonly question: Question;
  decode(cell: CellValue): DecodeResult;
  encode(answer: Answer): CellValue;
  toValue(answer: Answer): Value;
}

export const BLANK: DecodeResult = { ok: true, answer: null };
