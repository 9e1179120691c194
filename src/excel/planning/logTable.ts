import type { CellValue } from '../../core/sheets/SheetData';
import { workbookError } from '../AuditWorkbookError';
import { findColumn, headerNames } from '../headerRow';
import { blockAddress, qualifiedAddress } from '../qualifiedAddress';
import { FORMAT } from '../workbookFormat';
import { tableNameOf } from './planningFormat';

/** One of the small planning tables (Samples, Not audited, Moderation, Resolutions) as read. */
export interface LogTable {
  readonly kind: 'absent' | 'table';
  readonly table: string;
  readonly sheet: string;
  readonly header: readonly string[];
  /** Body rows as read; a new table's single empty row is included. */
  readonly rows: readonly (readonly CellValue[])[];
  /** 0-based worksheet row of the header and column of its first cell. */
  readonly headerRow: number;
  readonly firstColumn: number;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const isBlank = (row: readonly CellValue[]): boolean => row.every((c) => c === null || c === '');

/** Queues the read of a planning table (header and body, small by nature); call the result after the sync. */
export function queueLogTable(
  context: Excel.RequestContext,
  sheet: string,
  tableNames: readonly string[],
): () => LogTable {
  const name = tableNames.find((t) => same(t, tableNameOf(sheet)));
  if (name === undefined)
    return () => ({
      kind: 'absent',
      table: tableNameOf(sheet),
      sheet,
      header: [],
      rows: [],
      headerRow: 0,
      firstColumn: 0,
    });
  const table = context.workbook.tables.getItem(name);
  const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
  const body = table.getDataBodyRange().load('values');
  const worksheet = table.worksheet.load('name');
  return () => ({
    kind: 'table',
    table: name,
    sheet: worksheet.name,
    header: headerNames(header.values[0] as CellValue[]),
    rows: body.values as CellValue[][],
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex,
  });
}

/** The data rows that hold something (a new table's placeholder row is not one). */
export function logRows(log: LogTable): readonly (readonly CellValue[])[] {
  return log.rows.filter((row) => !isBlank(row));
}

/** A column's cell in a row read from the log, or null when the table lacks the column. */
export function logCell(log: LogTable, row: readonly CellValue[], column: string): CellValue {
  const at = findColumn(log.header, column);
  return at < 0 ? null : (row[at] ?? null);
}

function formatsOf(values: readonly (readonly CellValue[])[], numberFormats: readonly string[]): string[][] {
  return values.map((row) =>
    row.map((v, i) => (typeof v === 'string' ? FORMAT.text : (numberFormats[i] ?? FORMAT.general))),
  );
}

/**
 * Queues rows for a planning table, in `columns` order: creates the sheet and table when absent, else adds
 * rows to it by its own header (a column someone moved is still found; a missing one is refused, naming
 * it). Strings are written as text first, so free text is never taken for a formula or a date.
 * `numberFormats` gives each column's format for numbers (e.g. date-times).
 */
export function appendLogRows(
  context: Excel.RequestContext,
  log: LogTable,
  columns: readonly string[],
  rows: readonly (readonly CellValue[])[],
  sheetNames: readonly string[],
  numberFormats: readonly string[] = [],
): void {
  if (rows.length === 0) return;
  if (log.kind === 'absent') {
    if (sheetNames.some((s) => same(s, log.sheet)))
      throw workbookError(
        log.sheet,
        'A1',
        `The ${log.sheet} sheet has no table named ${log.table}, so nothing was recorded. Rename that sheet (the add-in then creates a new ${log.sheet} sheet), or select its data and make it a table named ${log.table}; then try again.`,
      );
    const sheet = context.workbook.worksheets.add(log.sheet);
    const values = [columns.slice(), ...rows.map((r) => r.slice())];
    const range = sheet.getRangeByIndexes(0, 0, values.length, columns.length);
    range.numberFormat = formatsOf(values, numberFormats);
    range.values = values;
    const address = qualifiedAddress(log.sheet, blockAddress(0, 0, values.length, columns.length));
    context.workbook.tables.add(address, true).name = log.table;
    sheet.freezePanes.freezeRows(1);
    return;
  }
  const positions = columns.map((name) => findColumn(log.header, name));
  const missing = columns.filter((_, i) => positions[i]! < 0);
  if (missing.length > 0)
    throw workbookError(
      log.sheet,
      blockAddress(log.headerRow, log.firstColumn, 1, 1),
      `The ${log.table} table has no ${missing.map((m) => `"${m}"`).join(', ')} column, so nothing was recorded. Rename the column back (or add it at the end of the table), then try again.`,
    );
  const values = rows.map((row) => {
    const out: CellValue[] = log.header.map(() => '');
    positions.forEach((p, i) => (out[p] = row[i] ?? ''));
    return out;
  });
  const formats = log.header.map((name) => {
    const i = columns.findIndex((c) => same(c, name));
    return i < 0 ? FORMAT.general : (numberFormats[i] ?? FORMAT.general);
  });
  const reuse = log.rows.length === 1 && isBlank(log.rows[0]!);
  const table = context.workbook.tables.getItem(log.table);
  // A new table's one empty row is there to be filled, not followed.
  const extra = reuse ? values.length - 1 : values.length;
  if (extra > 0)
    table.rows.add(
      undefined,
      Array.from({ length: extra }, () => log.header.map(() => '')),
    );
  const target = context.workbook.worksheets
    .getItem(log.sheet)
    .getRangeByIndexes(
      log.headerRow + 1 + (reuse ? 0 : log.rows.length),
      log.firstColumn,
      values.length,
      log.header.length,
    );
  target.numberFormat = formatsOf(values, formats);
  target.values = values;
}
