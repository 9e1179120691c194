import type { Answer, CaseEvaluation, CaseIssue, CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import type { Environment } from '../../../src/core/expr/Expression';
import type { Value } from '../../../src/core/expr/Value';
import type { QuestionSet } from '../../../src/core/questions/QuestionSet';

/*
 * A stand-in for the engine's evaluateCase while it is being written elsewhere: just enough of
 * relevance, required, constraint and calculation for the pane's tests, with the same result shape.
 */

const valueOf = (a: Answer | undefined): Value =>
  a === null || a === undefined ? '' : Array.isArray(a) ? a.join(' ') : (a as Value);
const truthy = (v: Value) => v !== '' && v !== false && v !== 0;

export function handEvaluate(qs: QuestionSet, record: CaseRecord): CaseEvaluation {
  const values = new Map<string, Value>();
  for (const q of qs.questions) values.set(q.name, valueOf(record.answers.get(q.name)));
  const env = (dot?: Value): Environment => ({
    ref: (name) => values.get(name) ?? '',
    now: () => new Date(0),
    ...(dot === undefined ? {} : { dot }),
  });
  const calculations = new Map<string, Value>();
  for (const name of qs.calculationOrder) {
    const v = qs.byName.get(name)?.calculation?.evaluate(env()) ?? '';
    calculations.set(name, v);
    values.set(name, v);
  }
  const relevant = new Set<string>();
  for (const g of qs.groups) if (!g.relevant || truthy(g.relevant.evaluate(env()))) relevant.add(g.name);
  const issues: CaseIssue[] = [];
  for (const q of qs.questions) {
    const inGroups = q.groups.every((g) => relevant.has(g));
    if (!inGroups || (q.relevant && !truthy(q.relevant.evaluate(env())))) {
      if (values.get(q.name) !== '' && q.type !== 'calculate') {
        issues.push({
          kind: 'not-applicable-answered',
          question: q.name,
          message: `${q.label} does not apply.`,
        });
      }
      values.set(q.name, '');
      continue;
    }
    relevant.add(q.name);
    const v = values.get(q.name) ?? '';
    if (v === '' && q.required && truthy(q.required.evaluate(env()))) {
      issues.push({
        kind: 'required',
        question: q.name,
        message: q.requiredMessage || `${q.label} is required.`,
      });
    }
    if (v !== '' && q.constraint && !truthy(q.constraint.evaluate(env(v)))) {
      issues.push({
        kind: 'constraint',
        question: q.name,
        message: q.constraintMessage || 'Not an allowed answer.',
      });
    }
  }
  return { relevant, values, calculations, issues };
}
