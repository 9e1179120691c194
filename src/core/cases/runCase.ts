import { isChoiceNames } from '../codec/answerToValue';
import { toBoolean } from '../expr/coerce';
import type { Environment } from '../expr/Expression';
import type { Value } from '../expr/Value';
import type { Group } from '../questions/QuestionSet';
import type { Answer, CaseEvaluation, CaseIssue, CaseIssueKind, CaseRecord } from './CaseEvaluation';
import {
  constraintMessage,
  mismatchMessage,
  notApplicableMessage,
  requiredMessage,
  showAnswer,
} from './caseIssueMessages';
import { FlagSet, IndexedMap } from './IndexedMap';
import type { CasePlan } from './planCase';
import { valuesAgree } from './valuesAgree';

class CaseEnvironment implements Environment {
  dot: Value = '';
  constructor(
    private readonly slots: ReadonlyMap<string, number>,
    readonly values: readonly Value[],
    readonly now: () => Date,
  ) {}

  ref(name: string): Value {
    const slot = this.slots.get(name);
    return slot === undefined ? '' : (this.values[slot] ?? '');
  }
}

function isBlank(answer: Answer): boolean {
  return answer === null || answer === '' || (isChoiceNames(answer) && answer.length === 0);
}

function issueAt(record: CaseRecord, kind: CaseIssueKind, question: string, message: string): CaseIssue {
  const cell = record.cells?.get(question);
  return {
    kind,
    question,
    message,
    ...(record.sheet === undefined ? {} : { sheet: record.sheet }),
    ...(cell === undefined ? {} : { cell }),
  };
}

/** Works out one case against a plan: relevance and values in dependency order, then issues in sheet order. */
export function runCase(plan: CasePlan, record: CaseRecord, now: () => Date): CaseEvaluation {
  const { questions } = plan.questionSet;
  const n = questions.length;
  // Copies of all-blank templates: packed arrays of the right size, cheaper than fill() on new ones.
  const values = plan.blankValues.slice();
  const flags = plan.blankFlags.slice();
  const answers = new Array<Answer>(n);
  for (let i = 0; i < n; i++) answers[i] = record.answers.get(plan.questionNames[i]!) ?? null;
  const env = new CaseEnvironment(plan.questionSlots, values, now);

  for (const step of plan.steps) {
    const node = step.node;
    const relevant =
      (step.parent < 0 || flags[step.parent] === true) &&
      (step.relevant === null || toBoolean(step.relevant.evaluate(env)));
    flags[node] = relevant;
    if (!relevant || node >= n) continue;
    values[node] =
      step.calculation === null ? plan.codecs[node]!.toValue(answers[node]!) : step.calculation.evaluate(env);
  }

  const issues: CaseIssue[] = [];
  const invalids = record.invalid !== undefined && record.invalid.size > 0 ? record.invalid : null;
  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    const answer = answers[i]!;
    const invalid = invalids?.get(q.name);
    if (invalid !== undefined) issues.push(issueAt(record, 'invalid', q.name, invalid));
    if (q.calculation !== null) {
      if (!isBlank(answer) && !valuesAgree(values[i]!, plan.codecs[i]!.toValue(answer))) {
        const shown = showAnswer(plan.codecs[i]!, answer);
        issues.push(issueAt(record, 'calculation-mismatch', q.name, mismatchMessage(q, values[i]!, shown)));
      }
      continue;
    }
    if (q.type === 'note') continue;
    if (flags[i] !== true) {
      if (!isBlank(answer)) {
        const message = notApplicableMessage(
          q,
          showAnswer(plan.codecs[i]!, answer),
          hiddenBy(plan, flags, q.groups),
        );
        issues.push(issueAt(record, 'not-applicable-answered', q.name, message));
      }
      continue;
    }
    env.dot = values[i]!;
    if (isBlank(answer)) {
      if (invalid === undefined && q.required !== null && toBoolean(q.required.evaluate(env)))
        issues.push(issueAt(record, 'required', q.name, requiredMessage(q)));
    } else if (q.constraint !== null && !toBoolean(q.constraint.evaluate(env))) {
      const message = constraintMessage(q, showAnswer(plan.codecs[i]!, answer));
      issues.push(issueAt(record, 'constraint', q.name, message));
    }
    env.dot = '';
  }
  return {
    relevant: new FlagSet(plan.nodeNames, plan.nodeSlots, flags),
    values: new IndexedMap(plan.questionNames, plan.questionSlots, values),
    calculations: new IndexedMap(plan.calculationNames, plan.calculationSlots, values),
    issues,
  };
}

/** The outermost group that is not relevant, which is the one whose own condition failed. */
function hiddenBy(plan: CasePlan, flags: readonly boolean[], groups: readonly string[]): Group | null {
  for (const name of groups) {
    const slot = plan.nodeSlots.get(name);
    if (slot !== undefined && flags[slot] !== true)
      return plan.questionSet.groups[slot - plan.questionSet.questions.length] ?? null;
  }
  return null;
}
