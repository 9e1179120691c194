import { type AuditWorkbookError, workbookError } from '../AuditWorkbookError';

/**
 * What a draw throws when its rows were written and it was recorded, but the check in the same trip found
 * something a person must sort out (a case a co-author added too; an allocation check Excel would not
 * send back). `recordedAs` is the sample's number: the pane reads it (src/ui/planning/recordedSample.ts)
 * to say the draw stands rather than "not drawn", so nobody draws again to finish it.
 */
export type DrawRecordedError = AuditWorkbookError & { readonly recordedAs: number };

export function drawRecordedError(
  sheet: string,
  cell: string,
  message: string,
  sample: number,
): DrawRecordedError {
  return Object.assign(workbookError(sheet, cell, message), { recordedAs: sample });
}
