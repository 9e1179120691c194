import fc from 'fast-check';
import { QuestionTally } from '../../../src/core/findings/tallies';
import type { Question, QuestionType } from '../../../src/core/questions/QuestionSet';
import { question as questionFixture } from '../moderation/questionFixture';

/*
 * QuestionTally's case sets, checked against the rule written out case by case: not relevant -> not
 * applicable; relevant and invalid, blank, not a choice, or a list naming anything that is not a choice ->
 * missing; otherwise answered, in every choice it names. Lists of 2, 6, 40 (more than 32 choices) and 300
 * choices (past the short lists that are scanned), repeated names (the last one counts), runs of up to
 * 9,000 cases, and sets asked for mid-run. Sizes are checked before cases, as the tally may know them
 * first (codes per case, counted as they come; the sets filled in only when read).
 */
const question = (type: QuestionType, names: readonly string[]): Question =>
  questionFixture('q', type, [...names]);

interface Given {
  readonly relevant: boolean;
  readonly answer: unknown;
  readonly invalid: boolean;
}

interface Expected {
  notApplicable: number[];
  missing: number[];
  answered: number[];
  applicable: number[];
  choices: number[][];
}

function reference(names: readonly string[], cases: readonly Given[]): Expected {
  const out: Expected = { notApplicable: [], missing: [], answered: [], applicable: [], choices: [] };
  out.choices = names.map(() => []);
  cases.forEach((c, i) => {
    if (!c.relevant) return void out.notApplicable.push(i);
    out.applicable.push(i);
    const picked = typeof c.answer === 'string' ? [c.answer] : Array.isArray(c.answer) ? c.answer : [];
    const positions = picked.map((name) => (typeof name === 'string' ? names.lastIndexOf(name) : -1));
    if (c.invalid || positions.length === 0 || positions.includes(-1)) return void out.missing.push(i);
    out.answered.push(i);
    for (const p of new Set(positions)) out.choices[p]!.push(i);
  });
  return out;
}

const listArb = fc
  .constantFrom(2, 6, 40, 300)
  .chain((n) =>
    fc.tuple(
      fc.constant(Array.from({ length: n }, (_, k) => `c${k}`)),
      fc.array(fc.nat({ max: n - 1 }), { maxLength: 3 }),
    ),
  )
  .map(([names, repeats]) => {
    // A name used twice in the list: the later position is the one counted.
    const list = [...names];
    for (const r of repeats) list[r] = list[(r + 1) % list.length]!;
    return list;
  });

const answerArb = (names: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.constant(''),
    fc.constantFrom(...names),
    fc.constant('not a choice'),
    fc.array(fc.constantFrom(...names), { maxLength: 6 }),
    fc.tuple(fc.constantFrom(...names), fc.constant('nope')).map((l) => [...l]),
    fc.constant([3]),
    fc.constant(7),
    fc.constant({ kind: 'date', days: 19000 }),
  );

const caseArb = (names: readonly string[]): fc.Arbitrary<Given> =>
  fc.record({ relevant: fc.boolean(), answer: answerArb(names), invalid: fc.boolean() });

const runArb = listArb.chain((names) =>
  fc.record({
    names: fc.constant(names),
    type: fc.constantFrom<QuestionType>('select_one', 'select_multiple'),
    // The generated cases repeated to a length, so that many runs reach thousands of cases.
    cases: fc
      .tuple(
        fc.array(caseArb(names), { minLength: 1, maxLength: 80 }),
        fc.oneof(fc.nat(200), fc.integer({ min: 4000, max: 9000 })),
      )
      .map(([cases, length]) => Array.from({ length }, (_, i) => cases[i % cases.length]!)),
  }),
);

/** Sizes first: they may be known before the cases behind them are worked out. */
function check(tally: QuestionTally, expected: Expected): void {
  const sets = {
    notApplicable: tally.notApplicable,
    missing: tally.missing,
    answered: tally.answered,
    applicable: tally.applicable,
  };
  const names = Object.keys(sets) as (keyof typeof sets)[];
  expect(names.map((what) => [what, sets[what].size])).toEqual(
    names.map((what) => [what, expected[what].length]),
  );
  expect(tally.choices.map((c) => c.size)).toEqual(expected.choices.map((c) => c.length));
  expect(names.map((what) => [what, sets[what].indexes()])).toEqual(
    names.map((what) => [what, expected[what]]),
  );
  expect(tally.choices.map((c) => c.indexes())).toEqual(expected.choices);
}

describe('QuestionTally', () => {
  it('counts every case as the case-by-case rule does, whether asked mid-run or at the end', () => {
    fc.assert(
      fc.property(runArb, fc.nat(), ({ names, type, cases }, cut) => {
        const tally = new QuestionTally(question(type, names));
        const half = cases.length === 0 ? 0 : cut % cases.length;
        cases.forEach((c, i) => {
          if (i === half) check(tally, reference(names, cases.slice(0, half)));
          tally.add(i, c.relevant, c.answer, c.invalid);
        });
        check(tally, reference(names, cases));
      }),
      { numRuns: 150 },
    );
  });

  it('counts no case at all before any is added', () => {
    const tally = new QuestionTally(question('select_one', ['a', 'b']));
    check(tally, reference(['a', 'b'], []));
  });
});
