import fc from 'fast-check';
import { compileExpression } from '../../../src/core/expr/compileExpression';
import type { Value } from '../../../src/core/expr/Value';
import { env } from './evaluate';

const PIECES = [
  '${a}',
  '${b}',
  '${c',
  '.',
  '..',
  '1',
  '2.5',
  '-',
  '+',
  '*',
  'div',
  'mod',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'and',
  'or',
  '(',
  ')',
  ',',
  "'x'",
  '"',
  "'",
  'if(',
  'selected(',
  'concat(',
  'round(',
  'date(',
  'regex(',
  'format-date(',
  "'%Y'",
  "'2023-02-06'",
  'today()',
  'not(',
  'count-selected(',
  'int(',
  'true()',
  ' ',
  '$',
  '{',
  '}',
];

/** Any Unicode character, weighted towards the ones the language gives meaning to. */
const character = fc.oneof(
  fc.constantFrom(...'${}()\'".,-+*=!<>&|/ \t\n0123456789abdimnorv'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

const anyValue: fc.Arbitrary<Value> = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'a b', '2023-02-06', '2023-02-06T10:00', '3'),
  fc.double(),
  fc.boolean(),
  fc.record({
    kind: fc.constantFrom('date' as const, 'dateTime' as const),
    days: fc.double({ min: -1e6, max: 3e6 }),
  }),
);

describe('compileExpression on any input', () => {
  it('never throws on arbitrary text, and points inside the text when it refuses it', () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 60 }), (source) => {
        const result = compileExpression(source);
        if (!result.ok) {
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(source.length);
          expect(result.error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on token soup, and what compiles evaluates without throwing on any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }),
        anyValue,
        anyValue,
        anyValue,
        (pieces, a, b, dot) => {
          const result = compileExpression(pieces.join(''));
          if (result.ok) result.expression.evaluate(env({ a, b }, dot));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Well-formed expressions built from the grammar, to check that everything valid is accepted. */
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('${a}', '${b_2}', '.', '3', '0.5', "'yes'", '"no"', 'today()', 'true()'),
    fc
      .tuple(
        tie('e'),
        fc.constantFrom('or', 'and', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', 'div', 'mod'),
        tie('e'),
      )
      .map(([l, op, r]) => `${l} ${op} ${r}`),
    tie('e').map((e) => `(${e})`),
    tie('e').map((e) => `-${e}`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, x, y]) => `if(${c}, ${x}, ${y})`),
    fc.array(tie('e'), { minLength: 1, maxLength: 3 }).map((args) => `concat(${args.join(', ')})`),
    tie('e').map((e) => `selected(${e}, 'x')`),
    tie('e').map((e) => `format-date(${e}, '%Y-%m')`),
  ),
})).e;

describe('compileExpression on valid input', () => {
  it('accepts every well-formed expression and evaluates it on any values', () => {
    fc.assert(
      fc.property(expression, anyValue, anyValue, (source, a, dot) => {
        const result = compileExpression(source);
        if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
        result.expression.evaluate(env({ a, b_2: a }, dot));
        expect(result.expression.usesDot).toBe(source.includes('.') && /(^|[^0-9])\.([^0-9]|$)/.test(source));
      }),
      { numRuns: 500 },
    );
  });
});

describe('comparisons with a literal (compiled on a fast path)', () => {
  it('agree with the same comparison between two answers, for every operator and value', () => {
    const literal = fc.oneof(
      fc.constantFrom('', 'yes', '3', '2023-02-06', '2023-02-06T10:00'),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -5, max: 20000 }),
      fc.double({ noNaN: true }),
    );
    const operator = fc.constantFrom('=', '!=', '<', '<=', '>', '>=');
    fc.assert(
      fc.property(anyValue, literal, operator, (value, lit, op) => {
        const written = typeof lit === 'number' ? String(lit) : `'${lit.replace(/'/g, '')}'`;
        const litValue = compileExpression(written);
        if (!litValue.ok || (typeof lit === 'number' && !Number.isFinite(lit))) return;
        const answers = env({ v: value, lit: litValue.expression.evaluate(env()) });
        const general = compileExpression(`\${v} ${op} \${lit}`);
        const right = compileExpression(`\${v} ${op} ${written}`);
        const left = compileExpression(`${written} ${op} \${v}`);
        const generalMirrored = compileExpression(`\${lit} ${op} \${v}`);
        if (!general.ok || !right.ok || !left.ok || !generalMirrored.ok) throw new Error('did not compile');
        expect(right.expression.evaluate(answers)).toBe(general.expression.evaluate(answers));
        expect(left.expression.evaluate(answers)).toBe(generalMirrored.expression.evaluate(answers));
      }),
      { numRuns: 3000 },
    );
  });
});
