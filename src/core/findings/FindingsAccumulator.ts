import type { Answer, CaseEvaluation, CaseIssueKind, CaseRecord } from '../cases/CaseEvaluation';
import { CaseEnvironment } from '../cases/CaseEnvironment';
import { CaseRunner } from '../cases/CaseRunner';
import type { CaseStatus } from '../cases/CaseStore';
import type { Environment, SlotEnvironment } from '../expr/Expression';
import type { Value } from '../expr/Value';
import type { QuestionSet } from '../questions/QuestionSet';
import type { SheetIssue } from '../sheets/SheetData';
import { CaseSet } from './CaseSet';
import { ChoiceCoding } from './ChoiceTable';
import type { Findings, FindingsSettings } from './Findings';
import type { Indicator } from './Indicator';
import { IndicatorConditions } from './IndicatorConditions';
import { IssueLog } from './IssueLog';
import { publishFindings } from './publishFindings';
import { QuestionTally } from './tallies';

/** A case as findings see it: its record and, when known, its status on the Audit sheet. */
export type FindingsCase = CaseRecord & { readonly status?: CaseStatus };

export type CaseEvaluator = (record: CaseRecord) => CaseEvaluation;

/**
 * Findings one case at a time, so that 100,000 rows can be decoded, counted and dropped without ever holding
 * every record in memory. Each case is evaluated once; counts keep only a bit per case.
 */
export class FindingsAccumulator {
  private rows = 0;
  private readonly ids: string[] = [];
  private readonly byStatus: Partial<Record<CaseStatus, number>> = {};
  private readonly issues = new IssueLog();
  private readonly questions: QuestionTally[];
  private readonly now: () => Date;
  /** Set when `evaluate` is createCaseEvaluator's for this set: it then runs without per-case maps. */
  private readonly runner: CaseRunner | null;
  /** Slot in the runner's relevance flags of each tallied question (-1: none), and in its answers. */
  private readonly relevantSlots: number[];
  private readonly answerSlots: number[];
  /** Without a runner: the counted case's relevance and answer of each tallied question, at tallySlots. */
  private readonly tallySlots: number[];
  private readonly relevant: boolean[];
  private readonly answers: (Answer | undefined)[];
  private readonly runnerEnv: SlotEnvironment | null;
  /** The indicators' expressions, bound to the runner's value slots when there is a runner. */
  private readonly boundConditions: IndicatorConditions<SlotEnvironment> | null;
  private readonly namedConditions: IndicatorConditions<Environment> | null;
  private readonly report = (
    record: CaseRecord,
    kind: CaseIssueKind,
    question: string,
    message: string,
  ): void => {
    this.issues.add(
      record.sheet ?? 'Audit',
      record.cells?.get(question) ?? '',
      record.id,
      question,
      kind,
      message,
    );
  };

  /**
   * A Not started case is not missing answers yet: nobody has worked on it, so a blank required answer there
   * is not a problem to fix. Whatever its cells do hold is still checked (unreadable, not allowed, answered
   * where it does not apply, a stale calculation), as someone typed it and it may be wrong.
   */
  private readonly reportUntouched = (
    record: CaseRecord,
    kind: CaseIssueKind,
    question: string,
    message: string,
  ): void => {
    if (kind !== 'required') this.report(record, kind, question, message);
  };

  constructor(
    private readonly questionSet: QuestionSet,
    indicators: readonly Indicator[],
    private readonly settings: FindingsSettings,
    private readonly evaluate: CaseEvaluator,
    now: Date,
    private readonly warnings: readonly SheetIssue[] = [],
  ) {
    this.questions = questionSet.questions
      .filter((q) => q.type === 'select_one' || q.type === 'select_multiple')
      .map((q) => new QuestionTally(q));
    this.now = () => now;
    const read = indicators.flatMap((i) => (i.denominator ? [i.numerator, i.denominator] : [i.numerator]));
    const runner = CaseRunner.behind(evaluate, questionSet, read);
    this.runner = runner;
    const plan = runner?.plan;
    this.relevantSlots = this.questions.map((t) => plan?.nodeSlots.get(t.question.name) ?? -1);
    this.answerSlots = this.questions.map((t) => questionSet.questions.indexOf(t.question));
    this.tallySlots = this.questions.map((_, k) => k);
    this.relevant = this.questions.map(() => false);
    this.answers = this.questions.map(() => null);
    // Indicators read the same values the evaluation's `values` map would give, with the findings' clock.
    this.runnerEnv = runner
      ? new CaseEnvironment(runner.plan.questionSlotIndex, runner.scratch.values, this.now)
      : null;
    this.boundConditions = runner
      ? new IndicatorConditions(indicators, runner.plan.bind, new ChoiceCoding(runner.plan, this.now))
      : null;
    this.namedConditions = runner ? null : new IndicatorConditions(indicators, (e) => e);
  }

  add(record: FindingsCase): void {
    this.rows++;
    const status = record.status;
    if (status !== undefined) this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    const runner = this.runner;
    const report = status === 'Not started' ? this.reportUntouched : this.report;
    let env: Environment | null = null;
    if (runner !== null) {
      runner.run(record, report);
    } else {
      const evaluation = this.evaluate(record);
      for (const issue of evaluation.issues) report(record, issue.kind, issue.question, issue.message);
      const values = evaluation.values;
      env = { ref: (name: string): Value => values.get(name) ?? '', now: this.now };
      this.questions.forEach((t, k) => {
        this.relevant[k] = evaluation.relevant.has(t.question.name);
        this.answers[k] = record.answers.get(t.question.name);
      });
    }
    // A case without a status (e.g. from a file) counts; otherwise only finished work, unless asked.
    const counts =
      status === undefined ||
      status === 'Complete' ||
      (status === 'In progress' && this.settings.includeInProgress);
    if (!counts) return;
    this.count(record, env);
  }

  finish(): Findings {
    const conditions = this.boundConditions ?? this.namedConditions!;
    const published = publishFindings(
      CaseSet.first(this.ids.length),
      this.questions,
      conditions.tallies(),
      this.settings,
    );
    return {
      form: { title: this.questionSet.title, version: this.questionSet.version },
      settings: this.settings,
      cases: { rows: this.rows, included: this.ids.length, byStatus: { ...this.byStatus }, ids: this.ids },
      indicators: published.indicators,
      questions: published.questions,
      crossTabs: [],
      issues: this.issues.all(),
      warnings: this.warnings,
    };
  }

  /** `env`: the evaluation's values by name, when there is no runner. */
  private count(record: CaseRecord, env: Environment | null): void {
    const i = this.ids.length;
    this.ids.push(record.id);
    const invalid = record.invalid;
    // Straight from the runner's arrays when it ran, else from what add() copied out of the evaluation.
    const scratch = this.runner?.scratch;
    const flags = scratch?.flags ?? this.relevant;
    const answers = scratch?.answers ?? this.answers;
    const flagSlots = scratch ? this.relevantSlots : this.tallySlots;
    const answerSlots = scratch ? this.answerSlots : this.tallySlots;
    for (let k = 0; k < this.questions.length; k++) {
      const t = this.questions[k]!;
      const slot = flagSlots[k]!;
      const relevant = slot >= 0 && flags[slot] === true;
      t.add(i, relevant, answers[answerSlots[k]!], invalid?.has(t.question.name) ?? false);
    }
    if (env === null) this.boundConditions!.count(i, this.runnerEnv!);
    else this.namedConditions!.count(i, env);
  }
}
