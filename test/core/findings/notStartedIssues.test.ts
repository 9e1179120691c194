import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { CaseStatus } from '../../../src/core/cases/CaseStore';
import { createCaseEvaluator } from '../../../src/core/cases/createCaseEvaluator';
import { computeFindings } from '../../../src/core/findings/computeFindings';
import type { FindingsCase } from '../../../src/core/findings/FindingsAccumulator';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import { sheet } from '../questions/sheets';

/*
 * A Not started case is not missing answers yet, so its blank required answers are not reported; anything
 * its cells do hold is still checked. Excel's Refresh findings and the command line both count through
 * the findings accumulator, so this one rule is what they both report.
 */
const { questionSet: form } = parseQuestionSet({
  survey: sheet('survey', [
    ['type', 'name', 'label', 'relevant', 'required', 'constraint'],
    ['select_one yn', 'seen', 'Seen', '', 'yes', ''],
    ['integer', 'visits', 'Visits', '', 'yes', '. <= 10'],
    ['text', 'why', 'Why not seen', "${seen} = 'no'", 'yes', ''],
  ]),
  choices: sheet('choices', [
    ['list_name', 'name', 'label'],
    ['yn', 'yes', 'Yes'],
    ['yn', 'no', 'No'],
  ]),
});
if (form === null) throw new Error('form did not parse');
const NOW = new Date(Date.UTC(2024, 0, 1));

function row(id: string, status: CaseStatus | undefined, answers: [string, Answer][] = []): FindingsCase {
  return {
    id,
    sheet: 'Audit',
    answers: new Map(answers),
    cells: new Map([
      ['seen', `D${id}`],
      ['visits', `E${id}`],
      ['why', `F${id}`],
    ]),
    ...(status === undefined ? {} : { status }),
  };
}

const issuesOf = (cases: FindingsCase[], own: boolean): string[] => {
  const evaluate = createCaseEvaluator(form, { now: NOW });
  const findings = own
    ? computeFindings(form, [], cases, { now: NOW })
    : computeFindings(form, [], cases, { now: NOW }, (r) => evaluate(r));
  return findings.issues.slice().map((i) => `${i.cell} ${i.kind}`);
};

describe.each([
  ['its own evaluation', true],
  ["a caller's evaluator", false],
])('issues of Not started cases, through %s', (_, own) => {
  it('leaves out the blank required answers of an untouched case, and reports them once it is started', () => {
    expect(issuesOf([row('2', 'Not started')], own)).toEqual([]);
    expect(issuesOf([row('2', 'In progress')], own)).toEqual(['D2 required', 'E2 required']);
    expect(issuesOf([row('2', 'Complete')], own)).toEqual(['D2 required', 'E2 required']);
    expect(issuesOf([row('2', undefined)], own)).toEqual(['D2 required', 'E2 required']);
  });

  it('still reports what a Not started case does hold: a value not allowed, an unreadable cell, an answer that does not apply', () => {
    const typedInto: FindingsCase = {
      ...row('3', 'Not started', [
        ['seen', 'yes'],
        ['visits', 12],
        ['why', 'holiday'],
      ]),
    };
    const unreadable: FindingsCase = { ...row('4', 'Not started'), invalid: new Map([['seen', 'maybe']]) };
    expect(issuesOf([typedInto, unreadable], own)).toEqual([
      'E3 constraint',
      'F3 not-applicable-answered',
      'D4 invalid',
    ]);
  });
});
