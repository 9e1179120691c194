import type { SaveResult } from '../core/cases/CaseStore';
import { AuditWorkbookError } from './AuditWorkbookError';

/** A save that could not happen, said for a person; the answer stays in the pane to retry. */
export function failure(error: unknown): SaveResult {
  if (error instanceof AuditWorkbookError) return { kind: 'failed', message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'failed',
    message: `Excel did not save the answer (${detail}). It is kept in the pane: try again.`,
  };
}
