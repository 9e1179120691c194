import type { Allocation } from '../../core/allocation/Allocation';
import type { Question } from '../../core/questions/QuestionSet';
import type { MergeConflict } from '../../core/merge/mergeAudits';
import type { AgreementReport, Disagreement } from '../../core/moderation/AgreementReport';
import type { ModerationSample } from '../../core/moderation/drawModerationSample';
import type { CaseList } from '../../core/sampling/readCaseList';
import type { Problem } from '../../core/sampling/Problem';
import type { DrawnSample, SampleRequest } from '../../core/sampling/SampleResult';
import type { ProgressSummary } from '../../core/sampling/summariseProgress';

/** The status board's figures: the core's counts plus the escalations raised (Escalations table). */
export interface PlanningProgress {
  readonly summary: ProgressSummary;
  /** All escalations raised, including any on a case no longer in the Audit sheet. */
  readonly escalations: number;
  /** Escalations by auditor as the Audit sheet names them ('' for cases with no auditor); missing = 0. */
  readonly escalationsByAuditor: ReadonlyMap<string, number>;
}

export interface AllocateOptions {
  /** The Case list column holding the family or household reference; left out for none. */
  readonly familyColumn?: string;
}

type Refused = { readonly kind: 'refused'; readonly problems: readonly Problem[] };

/** A draw as the workbook recorded it: the core's record and its number in the Samples table. */
export type RecordedSample = DrawnSample & { readonly sample: number };

/**
 * A moderation draw as the workbook recorded it: the core's draw, and what the lead should know about it
 * (each new case whose first auditor is the moderator named, at its Moderator cell). Drawn all the same.
 */
export type RecordedModeration = Extract<ModerationSample, { kind: 'drawn' }> & {
  readonly warnings?: readonly Problem[];
};

/** What re-drawing a recorded sample found. */
export interface SampleCheck {
  /** True when the re-draw gives exactly the recorded cases, in order. */
  readonly same: boolean;
  /** What was checked and what differs, in words. */
  readonly findings: readonly string[];
}

/** What importing another workbook's Audit rows did, or why nothing was written. */
export type ImportOutcome =
  | {
      readonly kind: 'refused';
      /** The file's name. */
      readonly label: string;
      /** What to fix; problems in the other file carry no sheet here (a link would open ours). */
      readonly problems: readonly Problem[];
    }
  | {
      readonly kind: 'merged';
      readonly label: string;
      /** Case IDs added as new rows, and of rows whose blanks (or Auditor, Status) were filled in. */
      readonly added: readonly string[];
      readonly filled: readonly string[];
      /** Answered differently in both; ours kept. Each with our cell when known. */
      readonly conflicts: readonly MergeConflict[];
      /** The sheet the import was recorded in ("Merge log 2"); left out when it was not written in full. */
      readonly log?: string;
      /** New cases a co-author added too while the import ran, each now in two rows (cells named). */
      readonly inTwoRows?: readonly Problem[];
      /** Rows filled by position that held another case by then (a co-author moved rows), each named. */
      readonly movedRows?: readonly Problem[];
      /** The log could not be written in full or amended with what co-authors changed: the rows stand. */
      readonly logNotAmended?: Problem;
    };

/**
 * The lead's planning operations, each a workbook call the shell wires (src/excel/planning). A rejected
 * promise is shown as an error saying what to do; an error carrying `issues` lists them with their cells.
 */
export interface PlanningPanelProps {
  /** Who is using the pane: recorded as who drew the sample, marked a case or resolved a disagreement. */
  readonly lead: string;
  /** Reads and checks the Case list sheet. */
  readonly onCheckCaseList: () => Promise<CaseList>;
  /** Draws, adds the new cases to the Audit table as Not started and stores the record. */
  readonly onDrawSample: (
    request: SampleRequest,
    seed: string,
    drawnBy: string,
  ) => Promise<RecordedSample | Refused>;
  /** Draws a recorded sample again from the Case list as it is now and compares it with the record. */
  readonly onVerifySample: (sample: number) => Promise<SampleCheck>;
  /** markedBy is the lead. A refusal (e.g. the case is not in the Audit sheet) is thrown with its issues. */
  readonly onMarkNotAudited: (caseId: string, reason: string, markedBy: string) => Promise<void>;
  /** auditors as typed, one a line, trimmed, blank lines left out. */
  readonly onAllocate: (auditors: readonly string[], options: AllocateOptions) => Promise<Allocation>;
  readonly onProgress: () => Promise<PlanningProgress>;
  /**
   * share is a fraction, 0 < share ≤ 1 (the pane's 10% is 0.1). moderator is the name the lead typed,
   * trimmed, for the new rows' Moderator column; '' for none (left blank until the moderator saves). The
   * lead is recorded as who drew it.
   */
  readonly onDrawModeration: (
    share: number,
    seed: string,
    moderator: string,
  ) => Promise<RecordedModeration | Refused>;
  readonly onModerationReport: () => Promise<AgreementReport>;
  readonly onResolveDisagreement: (
    disagreement: Disagreement,
    resolution: string,
    resolvedBy: string,
  ) => Promise<void>;
  /**
   * Reads another copy of the audit (an .xlsx chosen in the pane, read in the browser: nothing is uploaded)
   * and imports its Audit rows. A file that cannot be read is a refusal, not a rejection. While the file
   * is read, `onReading` gets the share read so far, 0 to 1; the rows are then written to this workbook.
   */
  readonly onImportWorkbook: (file: File, onReading?: (done: number) => void) => Promise<ImportOutcome>;
  /** Takes the lead to a cell (a Case list problem). */
  readonly onSelectCell: (sheet: string, cell: string) => void | Promise<void>;
  /** The question set, so disagreements show choice labels rather than names. */
  readonly questions?: readonly Question[];
  /** Makes a "new seed"; injected so tests are reproducible. Default: readableSeed over crypto. */
  readonly newSeed?: () => string;
}
