import type { CaseSummary } from '../../core/cases/CaseStore';
import type { SheetIssue } from '../../core/sheets/SheetData';

/** What setting up an audit did, as the pane reports it. */
export interface SetUpOutcome {
  /** Sheets created, in order; an empty list when the workbook already had them all. */
  readonly sheetsCreated: readonly string[];
  /** Problems in the question set, each pointing at its cell. */
  readonly issues: readonly SheetIssue[];
}

/**
 * The workbook as the pane's shell sees it. src/excel's AuditWorkbook provides it on any host (Excel or
 * simulated); the shell depends on this shape only, so its tests can drive it with a fake.
 */
export interface AuditWorkbookPort {
  setUp(): Promise<SetUpOutcome>;
  listCases(): Promise<readonly CaseSummary[]>;
  /** Takes the auditor to a cell (activates its sheet and selects it). */
  selectCell(sheet: string, cell: string): Promise<void>;
}
