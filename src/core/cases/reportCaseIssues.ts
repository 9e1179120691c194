import { isChoiceNames } from '../codec/answerToValue';
import { toBoolean } from '../expr/coerce';
import type { Group } from '../questions/QuestionSet';
import type { Answer, CaseRecord } from './CaseEvaluation';
import { constraintMessage, mismatchMessage, notApplicableMessage, showAnswer } from './caseIssueMessages';
import { CALCULATED, NOTE, type CasePlan } from './planCase';
import { valuesAgree } from './valuesAgree';
import type { CaseIssueSink, CaseScratch } from './workOutCase';

function isBlank(answer: Answer): boolean {
  return answer === null || answer === '' || (isChoiceNames(answer) && answer.length === 0);
}

/** The issues of a case that workOutCase has filled `scratch` for, in sheet order. */
export function reportCaseIssues(
  plan: CasePlan,
  record: CaseRecord,
  scratch: CaseScratch,
  report: CaseIssueSink,
): void {
  const { answers, values, flags, env } = scratch;
  const { questions } = plan.questionSet;
  const { questionNames: names, requireds, constraints, kinds } = plan;
  const invalids = record.invalid !== undefined && record.invalid.size > 0 ? record.invalid : null;
  // A clean case (nearly all of them) visits only the questions that could have an issue; a case with an
  // unreadable cell visits every question, so that its invalid issues come in sheet order with the rest.
  const visit = invalids === null ? plan.checked : plan.everyQuestion;
  for (let v = 0; v < visit.length; v++) {
    const i = visit[v]!;
    const answer = answers[i]!;
    const invalid = invalids === null ? undefined : invalids.get(names[i]!);
    if (invalid !== undefined) report(record, 'invalid', names[i]!, invalid);
    const kind = kinds[i];
    if (kind === CALCULATED) {
      if (!isBlank(answer) && !valuesAgree(values[i]!, plan.codecs[i]!.toValue(answer))) {
        const q = questions[i]!;
        const shown = showAnswer(plan.codecs[i]!, answer);
        report(record, 'calculation-mismatch', q.name, mismatchMessage(q, values[i]!, shown));
      }
      continue;
    }
    if (kind === NOTE) continue;
    if (flags[i] !== true) {
      if (!isBlank(answer)) {
        const q = questions[i]!;
        const shown = showAnswer(plan.codecs[i]!, answer);
        const message = notApplicableMessage(q, shown, hiddenBy(plan, flags, q.groups));
        report(record, 'not-applicable-answered', q.name, message);
      }
      continue;
    }
    const required = requireds[i]!;
    const constraint = constraints[i]!;
    // Most questions have no rule that could fail for their answer, blank or not.
    if (required === null && constraint === null) continue;
    // `.` is this answer's value while its own rules run, and '' everywhere else.
    if (isBlank(answer)) {
      if (invalid === undefined && required !== null) {
        env.dot = values[i]!;
        const missing = toBoolean(required.evaluate(env));
        env.dot = '';
        if (missing) report(record, 'required', names[i]!, plan.requiredMessages[i]!);
      }
    } else if (constraint !== null) {
      env.dot = values[i]!;
      const allowed = toBoolean(constraint.evaluate(env));
      env.dot = '';
      if (!allowed) {
        const q = questions[i]!;
        report(record, 'constraint', q.name, constraintMessage(q, showAnswer(plan.codecs[i]!, answer)));
      }
    }
  }
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
