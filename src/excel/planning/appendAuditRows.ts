import { workbookError } from '../AuditWorkbookError';
import type { AuditFrame } from '../AuditFrame';
import { AUDITOR, CASE_ID, FORMAT, SHEETS, STATUS, VERSION } from '../workbookFormat';
import { fillRange } from './fillRange';
import { newRowsColumn } from './newRowsColumn';
import { requireColumns } from './requireColumns';

export interface DrawnRow {
  readonly caseId: string;
  /** The allocated auditor, or '' to leave the Auditor cell blank. */
  readonly auditor: string;
}

/** The columns queueAuditRows writes in `rows`: for `requireColumns`, and `columnsChange` to name. */
export function newRowsWritten(rows: readonly DrawnRow[]): string[] {
  return [CASE_ID, STATUS, VERSION, ...(rows.some((r) => r.auditor !== '') ? [AUDITOR] : [])];
}

/**
 * Queues new Audit rows (Not started, version 0) at the end of the table, in the caller's batch, whatever
 * their number. `rows.add` with the values would parse them as typed (a Case ID "00123" would lose its
 * zeros) and, at the table's width, 100,000 blank rows alone pass Excel on the web's 5 MB request limit.
 * So two blank rows are added and n − 2 whole sheet rows are inserted above the last: inside the table
 * they grow it, with its formats and dropdowns, as in Excel. The new block is then addressed from the table's last
 * row, which Excel resolves when the batch runs, after the insert; its cells get their formats first.
 * Each column is written through the table column by its header (`newRowsColumn`), checked before the
 * first write (`requireColumns`): a column a co-author moved since our read gets its own values, and one
 * they deleted or renamed fails the batch before it adds anything. `rows.add` fails likewise, adding
 * nothing, when a column was inserted or deleted: its blank rows have the width we read. `alsoWritten`
 * names the other columns the caller writes in this batch, checked with these.
 * Returns that block (for where it landed; write its columns with `newRowsColumn`).
 */
export function queueAuditRows(
  context: Excel.RequestContext,
  frame: AuditFrame,
  rows: readonly DrawnRow[],
  alsoWritten: Iterable<string> = [],
): Excel.Range | null {
  const n = rows.length;
  if (n === 0) return null;
  if (frame.mode !== 'table')
    throw workbookError(
      frame.sheet,
      '',
      `The ${SHEETS.audit} sheet is no longer a table: run Set up audit to make it one again, then draw again.`,
    );
  const auditors = rows.some((r) => r.auditor !== '');
  requireColumns(context, frame, [...newRowsWritten(rows), ...alsoWritten]);
  const table = context.workbook.tables.getItem(SHEETS.audit);
  // Two rows first (when there are two to add): rows inserted at the last row then fall strictly inside
  // every column-wide rule and format, which grow; inserted at a rule's first row, they would push it down.
  const viaAdd = Math.min(n, 2);
  table.rows.add(
    undefined,
    Array.from({ length: viaAdd }, () => frame.header.map(() => '')),
  );
  if (n > viaAdd)
    table
      .getDataBodyRange()
      .getLastRow()
      .getEntireRow()
      .getResizedRange(n - viaAdd - 1, 0)
      .insert('Down');
  const block = table
    .getDataBodyRange()
    .getLastRow()
    .getOffsetRange(-(n - 1), 0)
    .getResizedRange(n - 1, 0);
  const column = (name: string) => newRowsColumn(context, frame, n, name);
  const ids = column(CASE_ID);
  fillRange(ids, 'numberFormat', FORMAT.text);
  ids.values = rows.map((r) => [r.caseId.trim()]);
  if (auditors) {
    const cells = column(AUDITOR);
    fillRange(cells, 'numberFormat', FORMAT.text);
    cells.values = rows.map((r) => [r.auditor]);
  }
  const status = column(STATUS);
  fillRange(status, 'numberFormat', FORMAT.text);
  fillRange(status, 'values', 'Not started');
  const version = column(VERSION);
  fillRange(version, 'numberFormat', FORMAT.whole);
  fillRange(version, 'values', 0);
  return block;
}
