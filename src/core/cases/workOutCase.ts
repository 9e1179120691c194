import { toBoolean } from '../expr/coerce';
import type { Value } from '../expr/Value';
import type { Answer, CaseIssueKind, CaseRecord } from './CaseEvaluation';
import { CaseEnvironment } from './CaseEnvironment';
import type { CasePlan, CaseStep } from './planCase';
import { readAnswers } from './readAnswers';

/**
 * One case's working arrays, indexed like the plan's nodes. runCase gives each case fresh ones (its result
 * keeps them); a findings run reuses one set for every case, so 100,000 cases allocate no per-case arrays.
 */
export interface CaseScratch {
  /** The record's answer of each question (null when it has none). */
  readonly answers: Answer[];
  /** Each question's expression value; '' when not relevant. `env` reads these. */
  readonly values: Value[];
  /** Whether each node (questions, then groups) is relevant. */
  readonly flags: boolean[];
  readonly env: CaseEnvironment;
}

/** Where a case's issues go, in sheet order: runCase makes CaseIssues, findings make FindingsIssues. */
export type CaseIssueSink = (
  record: CaseRecord,
  kind: CaseIssueKind,
  question: string,
  message: string,
) => void;

/** Fresh working arrays for one case, which its CaseEvaluation then keeps. */
export function freshScratch(plan: CasePlan, now: () => Date): CaseScratch {
  // Copies of all-blank templates: packed arrays of the right size, cheaper than fill() on new ones.
  const values = plan.blankValues.slice();
  return {
    answers: new Array<Answer>(plan.questionNames.length),
    values,
    flags: plan.blankFlags.slice(),
    env: new CaseEnvironment(plan.questionSlotIndex, values, now),
  };
}

/**
 * Relevance and values in dependency order, into `scratch` (whatever it held before is overwritten). With
 * `needed` (see neededValues), an answered question nobody reads keeps the value '' instead of its own.
 * `steps`: the plan's steps, or a caller's selection of them whose other nodes' flags and values it has
 * set once and for all (CaseRunner leaves out questions that are always relevant and never read).
 */
export function workOutCase(
  plan: CasePlan,
  record: CaseRecord,
  scratch: CaseScratch,
  needed: readonly boolean[] | null = null,
  steps: readonly CaseStep[] = plan.steps,
): void {
  const { answers, values, flags, env } = scratch;
  const n = plan.questionNames.length;
  readAnswers(plan, record.answers, answers);
  // Every step writes its node's flag and, for a question, its value ('' when skipped), and reads only
  // what earlier steps wrote (a group comes before what it holds: its children depend on it), so nothing
  // needs a reset, except in a cycle, where a step reads one that comes later and must see '' and false
  // rather than the last case's.
  if (plan.cyclic) {
    for (let i = 0; i < n; i++) values[i] = '';
    flags.fill(false);
  }
  env.dot = '';
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    const node = step.node;
    const relevant =
      (step.parent < 0 || flags[step.parent] === true) &&
      (step.relevant === null || toBoolean(step.relevant.evaluate(env)));
    flags[node] = relevant;
    if (node >= n) continue;
    if (!relevant || (step.calculation === null && needed !== null && needed[node] !== true)) {
      values[node] = '';
      continue;
    }
    values[node] =
      step.calculation === null ? plan.codecs[node]!.toValue(answers[node]!) : step.calculation.evaluate(env);
  }
}
