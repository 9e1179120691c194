import { workbookError } from '../AuditWorkbookError';
import type { AuditFrame } from '../AuditFrame';
import { findColumn } from '../headerRow';
import { AUDITOR, CASE_ID, FORMAT, SHEETS, STATUS, VERSION } from '../workbookFormat';
import { fillRange } from './fillRange';

export interface DrawnRow {
  readonly caseId: string;
  /** The allocated auditor, or '' to leave the Auditor cell blank. */
  readonly auditor: string;
}

/**
 * Queues new Audit rows (Not started, version 0) at the end of the table, in the caller's batch, whatever
 * their number. `rows.add` with the values would parse them as typed (a Case ID "00123" would lose its
 * zeros) and, at the table's width, 100,000 blank rows alone pass Excel on the web's 5 MB request limit.
 * So two blank rows are added and n − 2 whole sheet rows are inserted above the last: inside the table
 * they grow it, with its formats and dropdowns, as in Excel. The new block is then addressed from the table's last
 * row, which Excel resolves when the batch runs, after the insert; its cells get their formats first.
 * Returns that block, for a caller with more to write in the new rows.
 */
export function queueAuditRows(
  context: Excel.RequestContext,
  frame: AuditFrame,
  rows: readonly DrawnRow[],
): Excel.Range | null {
  const n = rows.length;
  if (n === 0) return null;
  if (frame.mode !== 'table')
    throw workbookError(
      frame.sheet,
      '',
      `The ${SHEETS.audit} sheet is no longer a table: run Set up audit to make it one again, then draw again.`,
    );
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
  const column = (name: string) => block.getColumn(findColumn(frame.header, name));
  const ids = column(CASE_ID);
  fillRange(ids, 'numberFormat', FORMAT.text);
  ids.values = rows.map((r) => [r.caseId.trim()]);
  if (rows.some((r) => r.auditor !== '')) {
    const auditors = column(AUDITOR);
    fillRange(auditors, 'numberFormat', FORMAT.text);
    auditors.values = rows.map((r) => [r.auditor]);
  }
  const status = column(STATUS);
  fillRange(status, 'numberFormat', FORMAT.text);
  fillRange(status, 'values', 'Not started');
  const version = column(VERSION);
  fillRange(version, 'numberFormat', FORMAT.whole);
  fillRange(version, 'values', 0);
  return block;
}
