import fc from 'fast-check';
import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { createCodec } from '../../../src/core/codec/createCodec';
import { daysFromCivil } from '../../../src/core/expr/dates';
import type { Question } from '../../../src/core/questions/QuestionSet';
import { form } from './codecForm';

const codec = createCodec(form);
const MS_PER_DAY = 86_400_000;
const YEAR_1000 = daysFromCivil(1000, 1, 1);
const YEAR_1900 = daysFromCivil(1900, 1, 1);
const YEAR_9999_END = daysFromCivil(9999, 12, 31);

const names = (q: Question) => q.choices.map((c) => c.name);

/** Every answer a question of this type can hold (blank included). */
function answers(q: Question): fc.Arbitrary<Answer> {
  const blank = fc.constant<Answer>(null);
  switch (q.type) {
    case 'select_one':
      return fc.oneof(blank, fc.constantFrom(...names(q)));
    case 'select_multiple':
      return fc.oneof(blank, fc.uniqueArray(fc.constantFrom(...names(q)), { minLength: 1 }));
    case 'text':
      return fc.oneof(blank, fc.string({ minLength: 1, unit: 'grapheme' }));
    case 'integer':
      return fc.oneof(blank, fc.maxSafeInteger());
    case 'decimal':
      return fc.oneof(blank, fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'date':
      return fc.oneof(
        blank,
        fc.integer({ min: YEAR_1000, max: YEAR_9999_END }).map((days) => ({ kind: 'date' as const, days })),
      );
    case 'dateTime':
      return fc.oneof(
        blank,
        // From 1900 a date-time is a serial number, kept to the millisecond...
        fc
          .integer({ min: YEAR_1900 * MS_PER_DAY, max: (YEAR_9999_END + 1) * MS_PER_DAY - 1 })
          .map((ms) => ({ kind: 'dateTime' as const, days: ms / MS_PER_DAY })),
        // ...before it, ISO text, kept to the second.
        fc
          .integer({ min: YEAR_1000 * 86400, max: YEAR_1900 * 86400 - 1 })
          .map((s) => ({ kind: 'dateTime' as const, days: s / 86400 })),
      );
    case 'note':
      return blank;
    case 'calculate':
      return fc.oneof(
        blank,
        fc.string({ minLength: 1 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
  }
}

describe('codec round trips', () => {
  it.each(codec.questions.map((c) => [c.question.type, c] as const))(
    '%s: encode then decode gives the answer back',
    (_type, c) => {
      fc.assert(
        fc.property(answers(c.question), (answer) => {
          const decoded = c.decode(c.encode(answer));
          expect(decoded).toMatchObject({ ok: true, answer });
        }),
      );
    },
  );

  it('choices are read back from their labels however they are cased or padded', () => {
    const c = codec.byName.get('case_type')!;
    fc.assert(
      fc.property(fc.constantFrom(...c.question.choices), fc.boolean(), fc.nat(3), (choice, upper, pad) => {
        const label = upper ? choice.label.toUpperCase() : choice.label.toLowerCase();
        expect(c.decode(' '.repeat(pad) + label + ' '.repeat(pad))).toEqual({
          ok: true,
          answer: choice.name,
        });
      }),
    );
  });

  it('a decoded answer is never lost on the way back: decode, encode, decode is stable', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codec.questions),
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
        (c, cell) => {
          const first = c.decode(cell);
          if (!first.ok) return;
          expect(c.decode(c.encode(first.answer))).toMatchObject({ ok: true, answer: first.answer });
        },
      ),
    );
  });
});
