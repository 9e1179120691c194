import type { ReportSheet } from '../../core/report/ReportSheet';
import { WritePlan } from '../findings/WritePlan';
import { planReportSheet } from '../findings/writeReportSheet';

/**
 * Up to this, the log rides in the import's own write round trip, leaving the rest of Excel on the web's 5 MB
 * request for the Audit rows; a bigger log (tens of thousands of conflicts) takes trips of its own after.
 */
export const LOG_SHARED_BYTES = 1024 * 1024;

type Batch = (context: Excel.RequestContext) => void;

export interface LogWrites {
  /** Queued in the import's write trip, after the Audit writes. */
  readonly withImport: Batch;
  /** Each a round trip of its own, after the import's. Empty for a usual log. */
  readonly after: readonly Batch[];
}

/** The Merge log as the Findings refresh writes its sheets (planReportSheet), as a new sheet. */
export function mergeLogWrites(sheet: ReportSheet): LogWrites {
  const plan = new WritePlan();
  planReportSheet(plan, sheet, { exists: false, tables: [], charts: [] });
  const batches = plan.batches();
  if (plan.bytes <= LOG_SHARED_BYTES) return { withImport: (context) => batches[0]?.(context), after: [] };
  return { withImport: () => undefined, after: batches };
}
