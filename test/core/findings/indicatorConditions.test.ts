import fc from 'fast-check';
import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { evaluateCase } from '../../../src/core/cases/evaluateCase';
import { toBoolean } from '../../../src/core/expr/coerce';
import type { CompiledExpression, Environment } from '../../../src/core/expr/Expression';
import type { Value } from '../../../src/core/expr/Value';
import { caseIdsOf } from '../../../src/core/findings/caseIdsOf';
import { computeFindings } from '../../../src/core/findings/computeFindings';
import type { FindingsCase } from '../../../src/core/findings/FindingsAccumulator';
import type { Indicator } from '../../../src/core/findings/Indicator';
import { parseIndicators } from '../../../src/core/findings/parseIndicators';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import { sheet } from '../questions/sheets';

/*
 * A findings run evaluates indicators with `${name}`s bound to value slots, and each distinct numerator or
 * denominator text once per case. Checked against the plainest reading of the rule: every indicator on its
 * own, through evaluateCase's values by name.
 */
const { questionSet: form } = parseQuestionSet({
  survey: sheet('survey', [
    ['type', 'name', 'label', 'relevant', 'calculation'],
    ['select_one src', 'source', 'Source', '', ''],
    ['select_one yn', 'clear', 'Clear', "${source} = 'police'", ''],
    ['select_multiple why', 'why', 'Why', '', ''],
    ['date', 'received', 'Received', '', ''],
    ['date', 'screened', 'Screened', "${received} != ''", ''],
    ['calculate', 'days', '', '', "if(${screened} != '', ${screened} - ${received}, '')"],
    ['integer', 'n', 'Number', "${source} != 'school'", ''],
  ]),
  choices: sheet('choices', [
    ['list_name', 'name', 'label'],
    ['src', 'police', 'Police'],
    ['src', 'school', 'School'],
    ['src', 'health', 'Health'],
    ['yn', 'yes', 'Yes'],
    ['yn', 'no', 'No'],
    ['why', 'neglect', 'Neglect'],
    ['why', 'abuse', 'Abuse'],
  ]),
});
if (form === null) throw new Error('form did not parse');

// Texts repeat across indicators, as a real indicators sheet's denominators do.
const police = "${source} = 'police'";
const { indicators } = parseIndicators(
  sheet('indicators', [
    ['name', 'label', 'numerator', 'denominator'],
    ['clear', 'police contacts were clear', "${clear} = 'yes'", police],
    ['unclear', 'police contacts were not clear', "${clear} = 'no'", police],
    ['quick', 'were screened within a day', '${days} <= 1', "${days} != ''"],
    ['slow', 'took over a day', '${days} > 1', "${days} != ''"],
    ['neglect', 'were about neglect', "selected(${why}, 'neglect')", ''],
    ['neglect2', 'were about neglect (again)', "selected(${why}, 'neglect')", police],
    ['many', 'had a big number', '${n} > 5 and count-selected(${why}) >= 1', "${n} != ''"],
    ['today', 'were received before today', "${received} < today() and ${received} != ''", ''],
    // Conditions on choices only, which a run looks up in a table (ChoiceTable) instead of evaluating.
    [
      'either',
      'were from the police or not unclear',
      "${source} = 'police' or ${clear} != 'no'",
      "${clear} != ''",
    ],
    ['long', 'had a long source name', "string-length(${source}) > 5 and not(${clear} = 'yes')", ''],
  ]),
  form,
);

const NOW = new Date(Date.UTC(2022, 0, 20));
const date = (days: number): Answer => ({ kind: 'date', days });
const caseArb = (id: number): fc.Arbitrary<FindingsCase> =>
  fc
    .record({
      // 'fire' and 'maybe' are not choices (a hand-typed record): a table cannot know them.
      source: fc.constantFrom('police', 'school', 'health', 'fire', null),
      clear: fc.constantFrom('yes', 'no', 'maybe', '', null),
      why: fc.oneof(fc.subarray(['neglect', 'abuse']), fc.constant(null)),
      received: fc.oneof(fc.integer({ min: 19000, max: 19010 }).map(date), fc.constant(null)),
      screened: fc.oneof(fc.integer({ min: 19000, max: 19014 }).map(date), fc.constant(null)),
      n: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(null)),
      status: fc.constantFrom(undefined, 'Complete', 'In progress'),
    })
    .map(({ status, ...answers }) => ({
      id: `C${id}`,
      answers: new Map(Object.entries(answers) as [string, Answer][]),
      ...(status === undefined ? {} : { status }),
    }));
const casesArb = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => caseArb(i + 1))));

/** Each indicator's numerator and denominator case ids, worked out one indicator at a time. */
function oneByOne(cases: readonly FindingsCase[], list: readonly Indicator[]): string[][] {
  const counted = cases.filter((c) => c.status !== 'In progress');
  return list.flatMap((indicator) => {
    const inDenominator: string[] = [];
    const inNumerator: string[] = [];
    for (const c of counted) {
      const { values } = evaluateCase(form!, c, { now: NOW });
      const env: Environment = { ref: (name): Value => values.get(name) ?? '', now: () => NOW };
      if (indicator.denominator && !toBoolean(indicator.denominator.evaluate(env))) continue;
      inDenominator.push(c.id);
      if (toBoolean(indicator.numerator.evaluate(env))) inNumerator.push(c.id);
    }
    return [inNumerator, inDenominator];
  });
}

describe('indicator conditions', () => {
  it('count what each indicator evaluated on its own, by name, counts', () => {
    expect(indicators).toHaveLength(10);
    fc.assert(
      fc.property(casesArb, (cases) => {
        const findings = computeFindings(form, indicators, cases, { now: NOW });
        const got = findings.indicators.flatMap((i) => [
          caseIdsOf(findings, i.numerator),
          caseIdsOf(findings, i.denominator),
        ]);
        expect(got).toEqual(oneByOne(cases, indicators));
      }),
      { numRuns: 150 },
    );
  });

  it('keep apart two expressions of the same text that compileExpression did not make', () => {
    const made = (answer: boolean): CompiledExpression => ({
      source: 'same',
      references: [],
      usesDot: false,
      evaluate: () => answer,
    });
    const base = indicators[0]!;
    const own = [
      { ...base, name: 'yes', numerator: made(true), denominator: null },
      { ...base, name: 'no', numerator: made(false), denominator: null },
    ];
    const cases: FindingsCase[] = [{ id: 'C1', answers: new Map() }];
    const findings = computeFindings(form, own, cases, { now: NOW });
    expect(findings.indicators.map((i) => i.numerator.n)).toEqual([1, 0]);
  });

  it('evaluate a numerator only for the cases in its denominator', () => {
    let calls = 0;
    const numerator: CompiledExpression = {
      source: 'counted',
      references: [],
      usesDot: false,
      evaluate: () => ++calls > 0,
    };
    const own = [{ ...indicators[0]!, numerator }];
    const cases: FindingsCase[] = ['police', 'school', 'police'].map((source, i) => ({
      id: `C${i}`,
      answers: new Map<string, Answer>([['source', source]]),
    }));
    const findings = computeFindings(form, own, cases, { now: NOW });
    expect(calls).toBe(2);
    expect(findings.indicators[0]!.numerator.n).toBe(2);
  });
});
