import { caseKey } from '../core/sampling/caseKey';
import type { CellValue } from '../core/sheets/SheetData';
import type { AuditFrame } from './AuditFrame';
import { workbookError } from './AuditWorkbookError';
import { caseIdText } from './locateCase';
import { type DrawnRow, newRowsWritten, queueAuditRows } from './planning/appendAuditRows';
import { checkHeaderRow, type ColumnsChange, columnsChange } from './planning/columnsChanged';
import { addedTwiceError, span } from './addedTwiceError';
import { caseIdsAddedTwice } from './caseIdsAddedTwice';
import { queueCaseIdCheck } from './checkCaseIds';
import {
  isRequestTooLarge,
  isResponseTooLarge,
  REQUEST_BUDGET,
  RESPONSE_BUDGET,
  rowsBytes,
  slicesUnder,
} from './payloadBudget';
import { CASE_ID, SHEETS } from './workbookFormat';

/**
 * Appends new Audit rows (checked beforehand: none is in the sheet) in batches that each stay under Excel
 * on the web's 5 MB request limit: one round trip for any usual number (~150,000 short IDs with auditors),
 * one more per ~4 MB. A batch Excel refuses as too large was not applied, so it is sent again in halves.
 * Any other failure stops the adding; the Case ID column is then read back, so the message says which
 * cases are in the sheet and which are not, and nothing is ever sent twice.
 * Each batch also reads the Case ID column back in its own round trip: a co-author who added one of these
 * cases since our check (Excel on the web, co-authoring) leaves two rows for it, and the adding stops there
 * with both cells named; neither row is touched, so nobody's row is dropped or overwritten.
 * A co-author who deletes, renames or inserts an Audit column since our read fails the batch before it adds
 * anything (queueAuditRows): the header row is read again to tell (one more trip, only then), and the error
 * says so, with the cases earlier batches added and the rest not added. A column moved is followed.
 * `rowsBefore` is how many data rows the table had when its Case IDs were read, `idBytes` their size.
 */
export async function appendInBatches(
  context: Excel.RequestContext,
  frame: AuditFrame,
  rows: readonly DrawnRow[],
  rowsBefore: number,
  idBytes: number,
): Promise<void> {
  const pending = slicesUnder(rows, rowBytes, REQUEST_BUDGET);
  let added = 0;
  let columnBytes = idBytes;
  const ours = new Set<string>();
  for (let slice = pending.shift(); slice !== undefined; slice = pending.shift()) {
    const block = queueAuditRows(context, frame, slice)!;
    const sliceBytes = rowsBytes(slice.map((r) => [r.caseId.trim()]));
    const column = queueCaseIdCheck(
      context,
      block,
      slice.length,
      columnBytes + sliceBytes <= RESPONSE_BUDGET,
    );
    let readBackRefused = false;
    try {
      // One batch per round trip is the point: together they would pass the 5 MB request limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isRequestTooLarge(error) && slice.length > 1) {
        const half = Math.ceil(slice.length / 2);
        pending.unshift(slice.slice(0, half), slice.slice(half));
        continue;
      }
      // A read-back larger than our estimate: Excel applied the writes and refused only the answer.
      if (!isResponseTooLarge(error)) {
        const change = await columnsChange(context, frame, newRowsWritten(slice), true, 'the pane', error);
        if (change !== undefined) throw columnsChangedError(frame, rows, added, change);
        throw await stoppedPartWay(context, frame, rows, added, rowsBefore, error);
      }
      readBackRefused = true;
    }
    added += slice.length;
    columnBytes += sliceBytes;
    for (const r of slice) ours.add(caseKey(r.caseId));
    const twice = caseIdsAddedTwice(await column(readBackRefused), ours);
    if (twice.length > 0) throw addedTwiceError(frame.sheet, twice, rows, added);
  }
}

/**
 * The error when a batch failed because the Audit table's columns changed (`columnsChange`): nothing of it
 * was added, every earlier batch was, so what stands is exactly the first `added` of `rows`.
 */
function columnsChangedError(
  frame: AuditFrame,
  rows: readonly DrawnRow[],
  added: number,
  change: ColumnsChange,
): Error {
  const because = `because someone changed the columns of the ${frame.sheet} table while the cases were being added: ${change.what}.`;
  const message =
    added === 0
      ? `No case was added, ${because} ${checkHeaderRow(frame)}, then add the cases again.`
      : `Adding cases stopped part way, ${because} Of ${rows.length} cases, ${added} were added (${span(rows.slice(0, added))}) and ${rows.length - added} were not (${span(rows.slice(added))}). ${checkHeaderRow(frame)}, then add only the cases that were not added; a case already in the sheet is refused, never added twice.`;
  return workbookError(frame.sheet, change.cell, message);
}

/** What one row costs a batch: its Case ID and Auditor cells as JSON (Status and Version are one value). */
function rowBytes(row: DrawnRow): number {
  return rowsBytes([[row.caseId.trim()], [row.auditor]]);
}

/** The error to throw once a batch failed: the original when nothing changed, else what stands where. */
async function stoppedPartWay(
  context: Excel.RequestContext,
  frame: AuditFrame,
  rows: readonly DrawnRow[],
  added: number,
  rowsBefore: number,
  error: unknown,
): Promise<unknown> {
  const reason = error instanceof Error ? error.message : String(error);
  let ids: CellValue[][];
  try {
    const column = context.workbook.tables.getItem(SHEETS.audit).columns.getItem(CASE_ID);
    const body = column.getDataBodyRange().load('values');
    await context.sync();
    ids = body.values as CellValue[][];
  } catch {
    if (added === 0) return error;
    const first = rows[0]!.caseId.trim();
    const last = rows[added - 1]!.caseId.trim();
    return workbookError(
      frame.sheet,
      '',
      `Adding cases stopped part way: Excel refused a batch (${reason}) and the ${frame.sheet} table could not be read back. The first ${added} of ${rows.length} cases (${first} to ${last}) were added. Check the end of the ${frame.sheet} table before adding the others.`,
    );
  }
  const there = new Set(ids.map((row) => caseKey(caseIdText(row[0]))));
  const inSheet = rows.filter((r) => there.has(caseKey(r.caseId)));
  const notIn = rows.filter((r) => !there.has(caseKey(r.caseId)));
  const blankAt: number[] = [];
  for (let i = rowsBefore; i < ids.length; i++) if (caseIdText(ids[i]?.[0]) === '') blankAt.push(i);
  const blanks = blankAt.length;
  const cell = blanks > 0 ? frame.address(CASE_ID, blankAt[0]!) : '';
  if (inSheet.length === 0 && blanks === 0) return error;
  const blankNote =
    blanks > 0
      ? ` ${blanks} new row${blanks === 1 ? '' : 's'} at the end of the ${frame.sheet} table (from ${frame.sheet}!${cell}) ${blanks === 1 ? 'has' : 'have'} no Case ID: delete ${blanks === 1 ? 'it' : 'them'}.`
      : '';
  const done = inSheet.length === 0 ? 'none was added' : `${inSheet.length} were added (${span(inSheet)})`;
  const notDone = notIn.length === 0 ? 'every one is there' : `${notIn.length} were not (${span(notIn)})`;
  return workbookError(
    frame.sheet,
    cell,
    `Adding cases stopped part way, because Excel refused a batch (${reason}). Of ${rows.length} cases, ${done} and ${notDone}.${blankNote} Add only the cases that were not added; a case already in the sheet is refused, never added twice.`,
  );
}
