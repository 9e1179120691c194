import type { WorkbookModel } from '../model/WorkbookModel';

/** Round trips and payload, for benchmarks and for tests that pin how many syncs an operation takes. */
export interface SimStats {
  /** context.sync() calls, plus Excel.run's implicit final sync when operations were pending. */
  syncs: number;
  /** Syncs that carried at least one operation (a round trip Excel would make). */
  requests: number;
  requestBytes: number;
  largestRequestBytes: number;
  /** Estimated bytes of loaded values sent back. */
  responseBytes: number;
  largestResponseBytes: number;
}

/** What a request context needs from the workbook that owns it. */
export interface SimBackend {
  readonly model: WorkbookModel;
  readonly stats: SimStats;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  /** Called after a sync that changed the workbook. */
  changed(): void;
}
