import fc from 'fast-check';
import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { createCaseEvaluator } from '../../../src/core/cases/createCaseEvaluator';
import { computeFindings, createFindingsAccumulator } from '../../../src/core/findings/computeFindings';
import type { FindingsCase } from '../../../src/core/findings/FindingsAccumulator';
import { parseIndicators } from '../../../src/core/findings/parseIndicators';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import { sheet } from '../questions/sheets';

/*
 * A findings run given createCaseEvaluator's evaluator (or none) works cases out without building their
 * maps; any other evaluator is called as given. Both must give the same findings, issues included, for
 * every kind of case: groups within groups, calculations, rules on `.`, notes, invalid cells, statuses.
 */
const { questionSet: form, errors } = parseQuestionSet({
  survey: sheet('survey', [
    ['type', 'name', 'label', 'relevant', 'required', 'constraint', 'calculation'],
    ['select_one kinds', 'kind', 'Kind', '', 'yes', '', ''],
    ['select_multiple tags', 'tags', 'Tags', "${kind} = 'a'", '', '', ''],
    ['integer', 'n', 'Number', '', 'yes', '. >= 0 and . <= 10', ''],
    ['date', 'd1', 'First', '', '', '', ''],
    ['date', 'd2', 'Second', '', '', '. >= ${d1}', ''],
    ['calculate', 'gap', '', '', '', '', "if(${d1} != '' and ${d2} != '', ${d2} - ${d1}, '')"],
    ['begin_group', 'g', 'Outer', "${kind} != 'c'", '', '', ''],
    ['select_one yn', 'inner', 'Inner', '', 'yes', '', ''],
    ['begin_group', 'h', 'Nested', "${inner} = 'yes'", '', '', ''],
    ['select_multiple tags', 'deep', 'Deep', '', '${n} > 5', '', ''],
    ['end_group', '', '', '', '', '', ''],
    ['end_group', '', '', '', '', '', ''],
    ['note', 'thanks', 'Thanks', '', '', '', ''],
    ['text', 'free', 'Free text', '', '', '', ''],
  ]),
  choices: sheet('choices', [
    ['list_name', 'name', 'label'],
    ['kinds', 'a', 'A'],
    ['kinds', 'b', 'B'],
    ['kinds', 'c', 'C'],
    ['yn', 'yes', 'Yes'],
    ['yn', 'no', 'No'],
    ['tags', 'x', 'X'],
    ['tags', 'y', 'Y'],
    ['tags', 'z', 'Z'],
  ]),
});
if (form === null) throw new Error(JSON.stringify(errors));

const { indicators } = parseIndicators(
  sheet('indicators', [
    ['name', 'label', 'numerator', 'denominator'],
    ['x', 'A cases were tagged x', "selected(${tags}, 'x')", "${kind} = 'a'"],
    ['inner', 'cases said yes', "${inner} = 'yes'", ''],
    ['deep', 'had two deep tags', 'count-selected(${deep}) > 1', "${inner} = 'yes'"],
    ['gap', 'took over three days', '${gap} > 3', "${gap} != ''"],
    ['free', 'had free text', "${free} != '' and ${n} < today()", ''],
  ]),
  form,
);

const NOW = new Date(Date.UTC(2024, 0, 1));
const date = (days: number): Answer => ({ kind: 'date', days });
const names = form.questions.map((q) => q.name);
const answerArb: Record<string, fc.Arbitrary<Answer>> = {
  kind: fc.constantFrom('a', 'b', 'c', 'bogus', null),
  tags: fc.oneof(fc.subarray(['x', 'y', 'z']), fc.constant(['x', 'nope']), fc.constant(null)),
  n: fc.oneof(fc.integer({ min: -3, max: 14 }), fc.constant(null)),
  d1: fc.oneof(fc.integer({ min: 19000, max: 19010 }).map(date), fc.constant(null)),
  d2: fc.oneof(fc.integer({ min: 18998, max: 19012 }).map(date), fc.constant(null)),
  gap: fc.constantFrom(null, 3, '4', 'soon'),
  inner: fc.constantFrom('yes', 'no', null),
  deep: fc.oneof(fc.subarray(['x', 'y', 'z']), fc.constant(null)),
  thanks: fc.constantFrom(null, 'hello'),
  free: fc.constantFrom(null, '', 'note'),
};
const arrange = (entries: [string, Answer][], order: string): [string, Answer][] => {
  if (order === 'reversed') return entries.reverse();
  if (order === 'sheet') return entries;
  return [...entries.slice(0, 2), ['Case ID', 'x'], ...entries.slice(2)];
};
const caseArb = (id: number): fc.Arbitrary<FindingsCase> =>
  fc
    .record({
      answers: fc.record(answerArb, { requiredKeys: [] }),
      invalid: fc.subarray(names, { maxLength: 2 }),
      status: fc.constantFrom(undefined, 'Complete', 'In progress', 'Not started'),
      located: fc.boolean(),
      order: fc.constantFrom('sheet', 'reversed', 'with an unknown column'),
    })
    .map(({ answers, invalid, status, located, order }) => ({
      id: `C${id}`,
      // A record holds only the questions it was given, normally in sheet order.
      answers: new Map(arrange(Object.entries(answers) as [string, Answer][], order)),
      ...(invalid.length > 0 ? { invalid: new Map(invalid.map((q) => [q, `${q} is unreadable`])) } : {}),
      ...(located
        ? { sheet: 'Audit', cells: new Map(names.map((q, i) => [q, `${'BCDEFGHIJK'[i]}${id}`])) }
        : {}),
      ...(status === undefined ? {} : { status }),
    }));
const casesArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => caseArb(i + 2))));

describe('FindingsAccumulator', () => {
  it('gives the same findings and issues whether it evaluates cases itself or through a caller’s evaluator', () => {
    const evaluate = createCaseEvaluator(form, { now: NOW });
    const callersOwn = (record: FindingsCase) => evaluate(record);
    fc.assert(
      fc.property(casesArb, fc.boolean(), fc.boolean(), (cases, suppress, includeInProgress) => {
        const options = { now: NOW, suppress, includeInProgress, crossTabs: [['kind', 'tags']] as const };
        const own = computeFindings(form, indicators, cases, options);
        const given = computeFindings(form, indicators, cases, options, evaluate);
        const wrapped = computeFindings(form, indicators, cases, options, callersOwn);
        expect(own).toEqual(wrapped);
        expect(given).toEqual(wrapped);
      }),
      { numRuns: 60 },
    );
  });

  it('reports every kind of issue through its own evaluation, each at its cell', () => {
    const located = (id: number, answers: Record<string, Answer>, invalid?: string): FindingsCase => ({
      id: `C${id}`,
      sheet: 'Audit',
      answers: new Map(Object.entries(answers)),
      cells: new Map(names.map((q, i) => [q, `${'BCDEFGHIJK'[i]}${id}`])),
      ...(invalid ? { invalid: new Map([[invalid, 'unreadable']]) } : {}),
    });
    const f = computeFindings(
      form,
      indicators,
      [
        located(2, { kind: 'b', n: 11, inner: 'no', tags: ['x'], gap: 'soon' }, 'free'),
        located(3, { kind: 'c', n: 2, inner: 'yes', d1: date(19005), d2: date(19001) }),
      ],
      { now: NOW },
    );
    expect(f.issues.slice().map((i) => `${i.caseId} ${i.cell} ${i.kind}:${i.question}`)).toEqual([
      'C2 C2 not-applicable-answered:tags',
      'C2 D2 constraint:n',
      'C2 G2 calculation-mismatch:gap',
      'C2 K2 invalid:free',
      'C3 F3 constraint:d2',
      'C3 H3 not-applicable-answered:inner',
    ]);
  });

  it('lists every issue in the order found when findings are asked for part-way through a run', () => {
    fc.assert(
      fc.property(casesArb, fc.nat(), (cases, at) => {
        const cut = cases.length === 0 ? 0 : at % cases.length;
        const acc = createFindingsAccumulator(form, indicators, { now: NOW });
        cases.slice(0, cut).forEach((c) => acc.add(c));
        const early = acc
          .finish()
          .issues.slice()
          .map((i) => ({ ...i }));
        cases.slice(cut).forEach((c) => acc.add(c));
        const all = computeFindings(form, indicators, cases, { now: NOW }).issues;
        expect(acc.finish().issues.slice()).toEqual(all.slice());
        expect(early).toEqual(all.slice(0, early.length));
      }),
      { numRuns: 30 },
    );
  });
});
