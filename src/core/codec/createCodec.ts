import type { QuestionSet } from '../questions/QuestionSet';
import { codecFor } from './codecFor';
import type { QuestionCodec } from './QuestionCodec';

export interface Codec {
  /** One codec per question, in sheet order. */
  readonly questions: readonly QuestionCodec[];
  readonly byName: ReadonlyMap<string, QuestionCodec>;
}

/**
 * Every question's codec, built up front: decoding a whole Audit sheet then costs a map lookup and a few
 * type checks per cell. Hold on to the columns' codecs rather than looking them up per cell.
 */
export function createCodec(questionSet: QuestionSet): Codec {
  const questions = questionSet.questions.map(codecFor);
  return { questions, byName: new Map(questions.map((c) => [c.question.name, c])) };
}
