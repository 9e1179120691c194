import { caseKey } from '../../core/sampling/caseKey';
import type { CellValue } from '../../core/sheets/SheetData';
import { type AddedTwice, type CaseIdColumn, caseIdsAddedTwice } from '../caseIdsAddedTwice';
import { queueCaseIdCheck } from '../checkCaseIds';
import { isResponseTooLarge, RESPONSE_BUDGET, rowsBytes } from '../payloadBudget';
import type { DrawnRow } from './appendAuditRows';
import { type FilledRow, filledRowsMoved, type MovedRow } from './filledRowsMoved';

export interface NewRowsChecked {
  /** Our new cases a co-author added too, meanwhile: each now in two rows. */
  readonly twice: readonly AddedTwice[];
  /** Existing rows the batch wrote (`filled`) that held another case by then: a co-author moved rows. */
  readonly moved: readonly MovedRow[];
  /** Excel applied the batch but refused its response as too large: other loads in it were not read. */
  readonly refused: boolean;
  /** The Case ID column as read back; null when the batch had nothing to check, so it was not read. */
  readonly column: CaseIdColumn | null;
}

/**
 * Syncs a batch that adds Audit rows (a draw's or an import's, queued as `block`), reading the Case ID
 * column back in the same round trip, as addCaseRows does (decision 10): a co-author who added one of these
 * cases since our read leaves two rows for it, which only a person can sort out. `before` is the column as
 * read earlier in this run; `otherBytes` what the batch loads besides, so the response stays under budget
 * (past it the column is read after, in chunks: more round trips, only on the largest tables).
 * `filled` are existing rows the batch writes by position: the same read-back says which of them no
 * longer held their case (a sort, insert or delete meanwhile), even when the batch adds no row.
 * `locate` reads the column back even when the batch adds and fills no row: the caller has cases whose
 * cells it names in what it writes (an import's conflicts) and needs to know where they are now, so the
 * header row comes back too (in the same trip) for where each column is now.
 */
export async function syncCheckingNewRows(
  context: Excel.RequestContext,
  block: Excel.Range | null,
  rows: readonly DrawnRow[],
  before: readonly (readonly CellValue[])[],
  otherBytes = 0,
  filled: readonly FilledRow[] = [],
  locate = false,
): Promise<NewRowsChecked> {
  if (block === null && filled.length === 0 && !locate) {
    await context.sync();
    return { twice: [], moved: [], refused: false, column: null };
  }
  const bytes = otherBytes + rowsBytes(before) + rowsBytes(rows.map((r) => [r.caseId.trim()]));
  const inline = bytes <= RESPONSE_BUDGET;
  const column = queueCaseIdCheck(context, block, rows.length, inline, locate);
  let refused = false;
  try {
    await context.sync();
  } catch (error) {
    // A read-back larger than our estimate: Excel applied the writes and refused only the answer.
    if (!isResponseTooLarge(error)) throw error;
    refused = true;
  }
  const ours = new Set(rows.map((r) => caseKey(r.caseId)));
  const read = await column(refused);
  return {
    twice: caseIdsAddedTwice(read, ours),
    moved: filledRowsMoved(read, filled),
    refused,
    column: read,
  };
}
