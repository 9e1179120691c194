import fc from 'fast-check';
import type { Answer, CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { CaseRunner } from '../../../src/core/cases/CaseRunner';
import { createCaseEvaluator } from '../../../src/core/cases/createCaseEvaluator';
import { evaluateCase } from '../../../src/core/cases/evaluateCase';
import { compileExpression } from '../../../src/core/expr/compileExpression';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import type { QuestionSet } from '../../../src/core/questions/QuestionSet';
import { sheet } from '../questions/sheets';

/*
 * A findings run works every case out in one set of arrays, overwriting the last case's. Nothing of one
 * case may show in the next: checked against evaluateCase, which starts each case afresh.
 */
const { questionSet: parsed } = parseQuestionSet({
  survey: sheet('survey', [
    ['type', 'name', 'label', 'relevant', 'calculation'],
    ['integer', 'x', 'X', '', ''],
    ['integer', 'follow', 'Follow-up', '${x} > 2', ''],
    ['calculate', 'a', '', '', '${x} + 1'],
    ['calculate', 'b', '', '', '${a} + ${follow}'],
  ]),
});
if (parsed === null) throw new Error('form did not parse');

/** The same set with `a` reading `b`, a cycle that parsing would refuse but a hand-built set can have. */
const compiled = compileExpression('coalesce(${b}, 10)');
if (!compiled.ok) throw new Error('expression did not compile');
const cyclic: QuestionSet = {
  ...parsed,
  questions: parsed.questions.map((q) => (q.name === 'a' ? { ...q, calculation: compiled.expression } : q)),
};

const record = (id: string, answers: Record<string, Answer>): CaseRecord => ({
  id,
  answers: new Map(Object.entries(answers)),
});
const NOW = new Date(Date.UTC(2024, 0, 1));

function valuesAfter(set: QuestionSet, cases: readonly CaseRecord[]): Map<string, unknown> {
  const evaluate = createCaseEvaluator(set, { now: NOW });
  const runner = CaseRunner.behind(evaluate, set, [])!;
  for (const c of cases) runner.run(c, () => undefined);
  return new Map(set.questions.map((q, i) => [q.name, runner.scratch.values[i]]));
}

describe('CaseRunner', () => {
  const first = record('C1', { x: 5, follow: 7 });
  const second = record('C2', { x: 1, follow: null });

  it.each([
    ['a set in dependency order', parsed],
    ['a hand-built set with a cycle', cyclic],
  ])('leaves nothing of the last case in the next one (%s)', (_, set) => {
    const fresh = evaluateCase(set, second, { now: NOW }).values;
    const after = valuesAfter(set, [first, second]);
    for (const name of ['x', 'follow', 'a', 'b'])
      expect([name, after.get(name)]).toEqual([name, fresh.get(name) ?? '']);
    // The follow-up did not apply to the second case: its value is blank, not the first case's 7.
    expect(after.get('follow')).toBe('');
  });

  // Groups, a question nobody reads outside any group (its step is left out of a run), one inside a group
  // that can be hidden, a required one, and cases whose answers switch the group on and off in turn.
  const { questionSet: grouped } = parseQuestionSet({
    survey: sheet('survey', [
      ['type', 'name', 'label', 'relevant', 'required'],
      ['select_one yn', 'open', 'Open', '', ''],
      ['text', 'note', 'Unread note', '', ''],
      ['begin_group', 'g', 'G', "${open} = 'yes'", ''],
      ['text', 'inside', 'Inside', '', ''],
      ['integer', 'n', 'N', '', 'yes'],
      ['end_group', '', '', '', ''],
      ['text', 'after', 'After', '', 'yes'],
    ]),
    choices: sheet('choices', [
      ['list_name', 'name', 'label'],
      ['yn', 'yes', 'Yes'],
      ['yn', 'no', 'No'],
    ]),
  });
  if (grouped === null) throw new Error('grouped form did not parse');

  it('works each case out as evaluateCase does afresh, whatever came before it', () => {
    const answersArb = fc.record({
      open: fc.constantFrom<Answer>('yes', 'no', null),
      note: fc.constantFrom<Answer>('seen', null),
      inside: fc.constantFrom<Answer>('typed', null),
      n: fc.constantFrom<Answer>(3, null),
      after: fc.constantFrom<Answer>('done', null),
    });
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 1, maxLength: 8 }), (list) => {
        const evaluate = createCaseEvaluator(grouped, { now: NOW });
        const runner = CaseRunner.behind(evaluate, grouped, [])!;
        list.forEach((answers, k) => {
          const c = record(`C${k}`, answers);
          const issues: string[] = [];
          runner.run(c, (_, kind, question) => issues.push(`${kind}:${question}`));
          const fresh = evaluateCase(grouped, c, { now: NOW });
          const relevant = runner.plan.nodeNames.filter((_, i) => runner.scratch.flags[i] === true);
          expect(relevant).toEqual(runner.plan.nodeNames.filter((name) => fresh.relevant.has(name)));
          expect(issues).toEqual(fresh.issues.map((i) => `${i.kind}:${i.question}`));
        });
      }),
      { numRuns: 200 },
    );
  });
});
