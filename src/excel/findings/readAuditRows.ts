import type { CellValue } from '../../core/sheets/SheetData';
import { headerNames } from '../headerRow';
import { isResponseTooLarge, RESPONSE_BUDGET, rowsBytes } from '../payloadBudget';
import { readAuditColumns } from '../readAuditColumns';
import { CASE_ID, SHEETS } from '../workbookFormat';
import type { AuditLayout } from './AuditRowDecoder';

/** Rows read with the first round trip, before the size of a row is known: small enough to waste little. */
export const PROBE_ROWS = 500;
const SAFETY = 1.25;
const GUESS_BYTES_PER_CELL = 24;

export interface AuditProbe {
  readonly layout: AuditLayout;
  /** The first rows (up to PROBE_ROWS, already cut to the table). */
  readonly firstRows: readonly (readonly CellValue[])[];
}

/** Queues the Audit table's position, size and first rows; null after the sync when there is no table. */
export function queueAuditProbe(context: Excel.RequestContext): () => AuditProbe | null {
  const table = context.workbook.tables.getItemOrNullObject(SHEETS.audit);
  const sheet = table.worksheet.load('name');
  const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
  const body = table.getDataBodyRange().load('rowCount');
  const first = table
    .getDataBodyRange()
    .getRow(0)
    .getResizedRange(PROBE_ROWS - 1, 0)
    .load('values');
  return () => {
    // Read by the caller after the sync that carried these loads.
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (table.isNullObject) return null;
    const layout: AuditLayout = {
      sheet: sheet.name,
      firstDataRow: header.rowIndex + 1,
      firstColumn: header.columnIndex,
      header: headerNames(header.values[0] as CellValue[]),
      rowCount: body.rowCount,
    };
    return { layout, firstRows: (first.values as CellValue[][]).slice(0, body.rowCount) };
  };
}

/** Without the table (converted to a range, renamed): the Case ID column finds the rows, or says what is wrong. */
export async function auditLayoutWithoutTable(context: Excel.RequestContext): Promise<AuditProbe> {
  const read = await readAuditColumns(context, [CASE_ID]);
  const { frame } = read;
  const layout: AuditLayout = {
    sheet: frame.sheet,
    firstDataRow: frame.headerRow + 1,
    firstColumn: frame.firstColumn,
    header: frame.header,
    rowCount: read.columns.get(CASE_ID)!.length,
  };
  return { layout, firstRows: [] };
}

/**
 * Reads the rows after the probe, one chunk per round trip, each sized from the bytes per row seen so far
 * to stay under the response limit. A chunk Excel still refuses (a column of long free text further down)
 * is halved and read again, so the read always finishes without passing the limit.
 */
export async function readRemainingRows(
  context: Excel.RequestContext,
  probe: AuditProbe,
  onRows: (rows: readonly (readonly CellValue[])[], start: number) => void,
  alongFirstChunk?: () => void,
): Promise<void> {
  const { layout } = probe;
  const width = Math.max(layout.header.length, 1);
  let bytesPerRow =
    probe.firstRows.length > 0
      ? rowsBytes(probe.firstRows) / probe.firstRows.length
      : width * GUESS_BYTES_PER_CELL;
  const worksheet = context.workbook.worksheets.getItem(layout.sheet);
  let start = probe.firstRows.length;
  let extra = alongFirstChunk;
  if (start >= layout.rowCount && extra !== undefined) {
    extra();
    await context.sync();
  }
  while (start < layout.rowCount) {
    const count = Math.min(
      layout.rowCount - start,
      Math.max(1, Math.floor(RESPONSE_BUDGET / (bytesPerRow * SAFETY))),
    );
    const range = worksheet
      .getRangeByIndexes(layout.firstDataRow + start, layout.firstColumn, count, width)
      .load('values');
    extra?.();
    try {
      // One chunk per round trip is the point: together they would pass the 5 MB response limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      bytesPerRow *= 2;
      continue;
    }
    extra = undefined;
    const rows = range.values as CellValue[][];
    bytesPerRow = Math.max(bytesPerRow, rowsBytes(rows) / rows.length);
    onRows(rows, start);
    start += count;
  }
}
