import type { Question } from '../questions/QuestionSet';
import { createChoiceCodec } from './createChoiceCodec';
import { createDateCodec } from './createDateCodec';
import { createNumberCodec } from './createNumberCodec';
import { createCalculateCodec, createNoteCodec, createTextCodec } from './createTextCodec';
import type { QuestionCodec } from './QuestionCodec';

// Keyed by the question object, so a codec lives exactly as long as the question set it belongs to.
const cache = new WeakMap<Question, QuestionCodec>();

function build(question: Question): QuestionCodec {
  switch (question.type) {
    case 'select_one':
    case 'select_multiple':
      return createChoiceCodec(question);
    case 'integer':
    case 'decimal':
      return createNumberCodec(question);
    case 'date':
    case 'dateTime':
      return createDateCodec(question);
    case 'note':
      return createNoteCodec(question);
    case 'calculate':
      return createCalculateCodec(question);
    case 'text':
      return createTextCodec(question);
  }
}

/** The question's codec, built on first use and reused after. */
export function codecFor(question: Question): QuestionCodec {
  let codec = cache.get(question);
  if (codec === undefined) {
    codec = build(question);
    cache.set(question, codec);
  }
  return codec;
}
