import type { CompiledExpression } from '../expr/Expression';
import type { QuestionSet } from '../questions/QuestionSet';
import type { CaseEvaluation, CaseRecord } from './CaseEvaluation';
import { neededValues } from './neededValues';
import type { CasePlan, CaseStep } from './planCase';
import { reportCaseIssues } from './reportCaseIssues';
import { freshScratch, workOutCase, type CaseIssueSink, type CaseScratch } from './workOutCase';

/** The plan and clock behind each evaluator createCaseEvaluator made. */
const made = new WeakMap<(record: CaseRecord) => CaseEvaluation, { plan: CasePlan; now: () => Date }>();

/**
 * Case evaluation for a caller that only reads each case before the next (a findings run): one set of
 * working arrays for every case, and issues handed straight to the caller, so no per-case maps, sets or
 * issue objects. It runs the same code as runCase (workOutCase, reportCaseIssues), so the results agree,
 * except that `scratch.values` holds only the values the set's expressions and `alsoRead` can read.
 */
export class CaseRunner {
  /** The last case's answers, values and relevance, by node number; overwritten by the next run. */
  readonly scratch: CaseScratch;
  private readonly needed: readonly boolean[];
  /** The plan's steps less those whose result never changes (see constructor). */
  private readonly steps: readonly CaseStep[];

  constructor(
    readonly plan: CasePlan,
    now: () => Date,
    alsoRead: readonly CompiledExpression[],
  ) {
    this.scratch = freshScratch(plan, now);
    this.needed = neededValues(plan, alsoRead);
    // A question outside any group, with no condition, no calculation and nobody reading its value is
    // relevant with the value '' in every case: set once here, its step need not run 100,000 times. Not in
    // a cycle, where every case starts from a reset.
    const n = plan.questionNames.length;
    const fixed = (s: CaseStep): boolean =>
      !plan.cyclic &&
      s.node < n &&
      s.parent < 0 &&
      s.relevant === null &&
      s.calculation === null &&
      this.needed[s.node] !== true;
    for (const s of plan.steps) if (fixed(s)) this.scratch.flags[s.node] = true;
    this.steps = plan.steps.filter((s) => !fixed(s));
  }

  run(record: CaseRecord, report: CaseIssueSink): void {
    workOutCase(this.plan, record, this.scratch, this.needed, this.steps);
    reportCaseIssues(this.plan, record, this.scratch, report);
  }

  /** Remembers what an evaluator runs, so that behind() can find it. */
  static register(evaluate: (record: CaseRecord) => CaseEvaluation, plan: CasePlan, now: () => Date): void {
    made.set(evaluate, { plan, now });
  }

  /**
   * A runner doing exactly what `evaluate` does, when createCaseEvaluator made it for this question set;
   * null for any other evaluator (a caller's own must be called as given). `alsoRead`: the caller's own
   * expressions that will read `scratch.values`.
   */
  static behind(
    evaluate: (record: CaseRecord) => CaseEvaluation,
    questionSet: QuestionSet,
    alsoRead: readonly CompiledExpression[],
  ): CaseRunner | null {
    const known = made.get(evaluate);
    return known === undefined || known.plan.questionSet !== questionSet
      ? null
      : new CaseRunner(known.plan, known.now, alsoRead);
  }
}
