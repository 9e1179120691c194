import type { CaseEvaluation, CaseRecord } from '../cases/CaseEvaluation';
import type { CaseStatus } from '../cases/CaseStore';
import { toBoolean } from '../expr/coerce';
import type { Environment } from '../expr/Expression';
import type { Value } from '../expr/Value';
import type { QuestionSet } from '../questions/QuestionSet';
import type { SheetIssue } from '../sheets/SheetData';
import { CaseSet } from './CaseSet';
import type { Findings, FindingsIssue, FindingsSettings } from './Findings';
import type { Indicator } from './Indicator';
import { publishFindings } from './publishFindings';
import { IndicatorTally, QuestionTally } from './tallies';

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
  private readonly included = new CaseSet();
  private readonly byStatus: Partial<Record<CaseStatus, number>> = {};
  private readonly issues: FindingsIssue[] = [];
  private readonly questions: QuestionTally[];
  private readonly indicators: IndicatorTally[];
  private readonly now: () => Date;

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
    this.indicators = indicators.map((i) => new IndicatorTally(i));
    this.now = () => now;
  }

  add(record: FindingsCase): void {
    this.rows++;
    const status = record.status;
    if (status !== undefined) this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    const evaluation = this.evaluate(record);
    this.collectIssues(record, evaluation);
    // A case without a status (e.g. from a file) counts; otherwise only finished work, unless asked.
    const counts =
      status === undefined ||
      status === 'Complete' ||
      (status === 'In progress' && this.settings.includeInProgress);
    if (!counts) return;
    const i = this.ids.length;
    this.ids.push(record.id);
    this.included.add(i);
    const invalid = record.invalid;
    for (const t of this.questions) {
      const name = t.question.name;
      t.add(i, evaluation.relevant.has(name), record.answers.get(name), invalid?.has(name) ?? false);
    }
    const values = evaluation.values;
    const env: Environment = { ref: (name: string): Value => values.get(name) ?? '', now: this.now };
    for (const t of this.indicators) {
      const { numerator, denominator } = t.indicator;
      if (denominator !== null && !toBoolean(denominator.evaluate(env))) continue;
      t.denominator.add(i);
      if (toBoolean(numerator.evaluate(env))) t.numerator.add(i);
    }
  }

  finish(): Findings {
    const published = publishFindings(this.included, this.questions, this.indicators, this.settings);
    return {
      form: { title: this.questionSet.title, version: this.questionSet.version },
      settings: this.settings,
      cases: { rows: this.rows, included: this.ids.length, byStatus: { ...this.byStatus }, ids: this.ids },
      indicators: published.indicators,
      questions: published.questions,
      crossTabs: [],
      issues: this.issues,
      warnings: this.warnings,
    };
  }

  private collectIssues(record: CaseRecord, evaluation: CaseEvaluation): void {
    const sheet = record.sheet ?? 'Audit';
    for (const issue of evaluation.issues) {
      this.issues.push({
        sheet,
        cell: record.cells?.get(issue.question) ?? '',
        caseId: record.id,
        question: issue.question,
        kind: issue.kind,
        message: issue.message,
      });
    }
  }
}
