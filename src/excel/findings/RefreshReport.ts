import type { Findings } from '../../core/findings/Findings';
import type { SheetIssue } from '../../core/sheets/SheetData';

/** What a refresh did, for the pane: the figures (for drill-down), what it wrote, and anything to fix. */
export interface RefreshReport {
  readonly findings: Findings;
  /** Sheets written, e.g. ['Findings', 'Data quality']. */
  readonly sheets: readonly string[];
  /** Native charts written, as the layout placed them. */
  readonly charts: number;
  readonly refreshedAt: string;
  /** Problems that did not stop the refresh (a settings value, a question with no Audit column), each with its cell. */
  readonly warnings: readonly SheetIssue[];
}

export interface RefreshOptions {
  /** Count In progress cases too (overrides the include_in_progress setting). */
  readonly includeInProgress?: boolean;
  /** Called as the refresh moves on: a step for a person to read and the fraction done (0 to 1). */
  readonly onProgress?: (step: string, fraction: number) => void;
  /** The clock for today()/now() and "Refreshed": injected so tests are reproducible. */
  readonly now?: () => Date;
}
