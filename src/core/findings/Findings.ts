import type { CaseIssueKind } from '../cases/CaseEvaluation';
import type { CaseStatus } from '../cases/CaseStore';
import type { ChartKind, QuestionType } from '../questions/QuestionSet';
import type { SheetIssue } from '../sheets/SheetData';
import type { CaseSet } from './CaseSet';
import type { IndicatorChart } from './parseIndicatorChart';
import type { IssueList } from './IssueList';

/**
 * One figure. `n` and `percent` are what may be published (`'c'` and null when suppressed); `cases` is who is
 * behind it, for drill-down inside the workbook only: its size is the true count even when `n` is 'c', so
 * writers that leave the workbook (CLI, Findings sheet) must print `n`, never `cases.size`.
 */
export interface Count {
  readonly n: number | 'c';
  /** Percentage of this figure's denominator, rounded; null when the denominator is 0 or it would reveal 'c'. */
  readonly percent: number | null;
  readonly cases: CaseSet;
}

export interface ChoiceFinding {
  readonly name: string;
  readonly label: string;
  /** Cases that chose it, as a percentage of the question's answered cases. */
  readonly count: Count;
}

export interface QuestionFinding {
  readonly name: string;
  readonly label: string;
  readonly type: QuestionType;
  readonly chart: ChartKind | null;
  /** Included cases where the question (and every enclosing group) was relevant; % of included cases. */
  readonly applicable: Count;
  /** Applicable cases with a usable answer; % of applicable. */
  readonly answered: Count;
  /** Included cases where it was not relevant (answers there are ignored); % of included cases. */
  readonly notApplicable: Count;
  /** Applicable cases left blank or holding an unreadable answer; % of applicable. */
  readonly missing: Count;
  readonly choices: readonly ChoiceFinding[];
}

export interface IndicatorFinding {
  readonly name: string;
  readonly label: string;
  /** Cases in the denominator where the numerator holds; its percent is the headline percentage. */
  readonly numerator: Count;
  /** Cases where the denominator holds (all included cases when blank); its percent is of included cases. */
  readonly denominator: Count;
  /** "21 (68%) of 31 re-referrals came within 0-3 months": see docs/findings.md for the rule. */
  readonly sentence: string;
  /** The indicator's `chart` column; absent or null when it asks for none. */
  readonly chart?: IndicatorChart | null;
}

export interface CrossTabCell {
  readonly row: string;
  readonly column: string;
  /** Cases answering both; percent of the row's cases that answered the column question. */
  readonly count: Count;
}

export interface CrossTab {
  readonly rowQuestion: string;
  readonly columnQuestion: string;
  readonly rows: readonly { readonly name: string; readonly label: string; readonly total: Count }[];
  readonly columns: readonly { readonly name: string; readonly label: string }[];
  readonly cells: readonly CrossTabCell[];
}

export interface FindingsIssue {
  readonly sheet: string;
  /** A1 address of the answer's cell; '' when the case did not say where it came from. */
  readonly cell: string;
  readonly caseId: string;
  readonly question: string;
  readonly kind: CaseIssueKind;
  readonly message: string;
}

export interface FindingsSettings {
  readonly decimals: number;
  /** Counts from 1 to this are shown as 'c'; null when suppression is off. */
  readonly suppressionThreshold: number | null;
  readonly includeInProgress: boolean;
}

export interface Findings {
  readonly form: { readonly title: string; readonly version: string };
  readonly settings: FindingsSettings;
  readonly cases: {
    /** Every case row given, whatever its status. */
    readonly rows: number;
    /** Cases counted in the findings. */
    readonly included: number;
    readonly byStatus: Readonly<Partial<Record<CaseStatus, number>>>;
    /** Ids of the included cases: CaseSet positions index into this. */
    readonly ids: readonly string[];
  };
  readonly indicators: readonly IndicatorFinding[];
  readonly questions: readonly QuestionFinding[];
  readonly crossTabs: readonly CrossTab[];
  /** Data-quality issues of every case given, included or not, so that in-progress work can be fixed too. */
  readonly issues: IssueList;
  /** Problems with the settings sheet (a default was used instead), named so the author can fix them. */
  readonly warnings: readonly SheetIssue[];
}
