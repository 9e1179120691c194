import type { Findings } from '../../core/findings/Findings';

/** Where a refresh has got to, e.g. { step: 'Reading 10,000 cases…', fraction: 0.2 }. */
export interface RefreshProgress {
  /** What is happening now, in words a manager understands; read out by screen readers. */
  readonly step: string;
  /** 0 to 1; left out while a step's length is unknown (the bar then moves without a value). */
  readonly fraction?: number;
}

export interface RefreshOptions {
  /** Count In progress cases as well as Complete ones (the pane's switch). */
  readonly includeInProgress: boolean;
  readonly onProgress: (progress: RefreshProgress) => void;
}

/** What a refresh wrote into the workbook. */
export interface RefreshSummary {
  readonly sheetsWritten: readonly string[];
  readonly charts: number;
  /** Data-quality issues listed on the Data quality sheet. */
  readonly issues: number;
}

export interface RefreshResult {
  readonly findings: Findings;
  readonly summary: RefreshSummary;
}

export interface BoardCopyResult {
  readonly fileName: string;
  /** What was removed and suppressed, a sentence a line, as the copy's first sheet says. */
  readonly summary: readonly string[];
  /** The .xlsx itself when the pane must offer a download (the browser preview); Excel opens it instead. */
  readonly bytes?: Uint8Array;
}

export interface FindingsPanelProps {
  /** Recomputes the findings and rewrites the Findings and Data quality sheets. */
  readonly onRefresh: (options: RefreshOptions) => Promise<RefreshResult>;
  /** Selects the rows of these cases in the Audit sheet. */
  readonly onSelectCases: (caseIds: string[]) => Promise<void>;
  /** Takes the manager to a cell (a data-quality issue's answer, a settings problem). */
  readonly onSelectCell: (sheet: string, cell: string) => void | Promise<void>;
  readonly onPrepareBoardCopy: () => Promise<BoardCopyResult>;
  /** Opens the case in guided capture at the question, when the shell can. */
  readonly onOpenCaseForIssue?: (caseId: string, question: string) => void;
  /** Where the include-in-progress switch starts (the Settings sheet's include_in_progress). */
  readonly includeInProgress?: boolean;
  /** The clock for "Last refreshed"; injected so tests are reproducible. */
  readonly now?: () => Date;
}
