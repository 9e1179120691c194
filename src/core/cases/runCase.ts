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

/** Works out one case against a plan: relevance and values in dependency order, then issues in sheet order. */
export function runCase(plan: CasePlan, record: CaseRecord, now: () => Date): CaseEvaluation {
  const { questions } = plan.questionSet;
  const n = questions.length;
  const values = new Array<Value>(n).fill('');
  const flags = new Array<boolean>(plan.nodeNames.length).fill(false);
  const env = new CaseEnvironment(plan.questionSlots, values, now);

  for (const step of plan.steps) {
    const relevant =
      (step.parent < 0 || flags[step.parent] === true) &&
      (step.relevant === null || toBoolean(step.relevant.evaluate(env)));
    flags[step.node] = relevant;
    if (!relevant || step.node >= n) continue;
    values[step.node] =
      step.calculation === null
        ? plan.codecs[step.node]!.toValue(record.answers.get(plan.questionNames[step.node]!) ?? null)
        : step.calculation.evaluate(env);
  }

  const issues: CaseIssue[] = [];
  const issue = (kind: CaseIssueKind, question: string, message: string) => {
    const cell = record.cells?.get(question);
    issues.push({
      kind,
      question,
      message,
      ...(record.sheet === undefined ? {} : { sheet: record.sheet }),
      ...(cell === undefined ? {} : { cell }),
    });
  };
  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    const codec = plan.codecs[i]!;
    const answer = record.answers.get(q.name) ?? null;
    const invalid = record.invalid?.get(q.name);
    if (invalid !== undefined) issue('invalid', q.name, invalid);
    if (q.calculation !== null) {
      if (!isBlank(answer) && !valuesAgree(values[i]!, codec.toValue(answer)))
        issue('calculation-mismatch', q.name, mismatchMessage(q, values[i]!, showAnswer(codec, answer)));
      continue;
    }
    if (q.type === 'note') continue;
    if (flags[i] !== true) {
      if (!isBlank(answer))
        issue(
          'not-applicable-answered',
          q.name,
          notApplicableMessage(q, showAnswer(codec, answer), hiddenBy(plan, flags, q.groups)),
        );
      continue;
    }
    env.dot = values[i]!;
    if (isBlank(answer)) {
      if (invalid === undefined && q.required !== null && toBoolean(q.required.evaluate(env)))
        issue('required', q.name, requiredMessage(q));
    } else if (q.constraint !== null && !toBoolean(q.constraint.evaluate(env))) {
      issue('constraint', q.name, constraintMessage(q, showAnswer(codec, answer)));
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
