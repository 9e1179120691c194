import type { CellValue } from '../core/sheets/SheetData';
import { AuditFrame } from './AuditFrame';
import { workbookError } from './AuditWorkbookError';
import { headerNames } from './headerRow';
import { type AuditRead, isItemNotFound, readDamaged } from './readAuditColumns';
import { isResponseTooLarge, RESPONSE_BUDGET, rowsBytes } from './payloadBudget';
import { CASE_ID, SHEETS } from './workbookFormat';

/** Bytes per cell assumed before any is seen: a Case ID is short; other cells vary (names, statuses). */
const GUESS_ID_BYTES = 16;
const GUESS_CELL_BYTES = 24;
/** Later chunks are sized from the bytes seen so far, with room for longer cells further down. */
const SAFETY = 1.25;

type Rows = readonly (readonly CellValue[])[];

export interface ColumnsPlan {
  /** Columns read for every data row, in as many responses as stay under the budget. */
  readonly names: readonly string[];
  /** Read them whole in the first trip (for the Case ID column alone: ~12-16 bytes a row). A refused
   * response falls back to chunks. */
  readonly wholeFirst?: boolean;
  /** Columns read only for the first `rows` data rows, in the first trip: enough for a usual audit. */
  readonly head?: { readonly names: readonly string[]; readonly rows: number };
  /** Queued with the second trip (alone if the first read everything): a small read that rides along. */
  readonly along?: (tableNames: readonly string[]) => void;
}

export interface ColumnsRead extends AuditRead {
  /** The head columns' cells for data rows 0 .. headRows-1. */
  readonly head: ReadonlyMap<string, Rows>;
  readonly headRows: number;
}

/**
 * Reads Audit columns under Excel on the web's 5 MB response limit at any number of rows: the first trip
 * also learns the table's size, so a usual audit costs one trip; a large one adds a trip per ~4 MB. Each
 * later trip re-reads the row count: if a co-author added or removed rows meanwhile the chunks would not
 * line up, so the read stops with a message instead of mixing rows.
 */
export async function readCaseColumns(
  context: Excel.RequestContext,
  plan: ColumnsPlan,
): Promise<ColumnsRead> {
  const headNames = plan.head?.names ?? [];
  const guess = plan.names.reduce((n, name) => n + (name === CASE_ID ? GUESS_ID_BYTES : GUESS_CELL_BYTES), 0);
  let headRows = plan.head?.rows ?? 0;
  const headGuess = headRows * headNames.length * GUESS_CELL_BYTES;
  let rows =
    plan.wholeFirst === true ? Infinity : Math.max(1, Math.floor((RESPONSE_BUDGET - headGuess) / guess));
  for (;;) {
    try {
      return await readRest(context, plan, await firstTrip(context, plan.names, rows, headNames, headRows));
    } catch (error) {
      if (error instanceof FirstTripFailed) {
        if (isItemNotFound(error.cause)) return damaged(context, plan, error.cause);
        // Nothing is written in a read-only batch, so a refused one is simply asked again, smaller.
        if (isResponseTooLarge(error.cause) && rows > 1) {
          rows = rows === Infinity ? Math.floor(RESPONSE_BUDGET / guess) : Math.floor(rows / 2);
          headRows = 0;
          continue;
        }
        throw error.cause;
      }
      throw error;
    }
  }
}

/** Marks an error of the first trip, which alone may be retried smaller or sent down the damaged path. */
class FirstTripFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('first trip failed');
  }
}

interface FirstTrip {
  readonly frame: AuditFrame;
  readonly tableNames: readonly string[];
  readonly rowCount: number;
  readonly columns: ReadonlyMap<string, Rows>;
  readonly head: ReadonlyMap<string, Rows>;
  readonly headRows: number;
}

/** The first `count` data rows of a table column (all of them if fewer, the whole body for Infinity). */
function columnSlice(table: Excel.Table, name: string, start: number, count: number): Excel.Range {
  const body = table.columns.getItem(name).getDataBodyRange();
  if (count === Infinity) return body.load('values');
  return body
    .getRow(start)
    .getResizedRange(count - 1, 0)
    .getIntersection(body)
    .load('values');
}

async function firstTrip(
  context: Excel.RequestContext,
  names: readonly string[],
  rows: number,
  headNames: readonly string[],
  headRows: number,
): Promise<FirstTrip> {
  const table = context.workbook.tables.getItem(SHEETS.audit);
  const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
  const sheet = table.worksheet.load('name');
  const tables = context.workbook.tables.load('items/name');
  const body = table.getDataBodyRange().load('rowCount');
  const ranges = names.map((name) => columnSlice(table, name, 0, rows));
  const heads = headRows > 0 ? headNames.map((name) => columnSlice(table, name, 0, headRows)) : [];
  try {
    await context.sync();
  } catch (error) {
    throw new FirstTripFailed(error);
  }
  const frame = new AuditFrame(
    'table',
    sheet.name,
    header.rowIndex,
    header.columnIndex,
    headerNames(header.values[0] as CellValue[]),
  );
  return {
    frame,
    tableNames: tables.items.map((t) => t.name),
    rowCount: body.rowCount,
    columns: new Map(names.map((name, i) => [name, ranges[i]!.values as CellValue[][]])),
    head: new Map(heads.map((range, i) => [headNames[i]!, range.values as CellValue[][]])),
    headRows: heads.length > 0 ? Math.min(headRows, body.rowCount) : 0,
  };
}

async function readRest(
  context: Excel.RequestContext,
  plan: ColumnsPlan,
  first: FirstTrip,
): Promise<ColumnsRead> {
  const columns = new Map([...first.columns].map(([name, cells]) => [name, [...cells]]));
  let start = columns.get(plan.names[0]!)?.length ?? first.rowCount;
  let bytesPerRow = Math.max(1, rowsBytesOf(first.columns) / Math.max(1, start));
  let along = plan.along;
  if (start >= first.rowCount && along !== undefined) {
    along(first.tableNames);
    await context.sync();
    along = undefined;
  }
  while (start < first.rowCount) {
    const table = context.workbook.tables.getItem(SHEETS.audit);
    const count = Math.min(
      first.rowCount - start,
      Math.max(1, Math.floor(RESPONSE_BUDGET / (bytesPerRow * SAFETY))),
    );
    const body = table.getDataBodyRange().load('rowCount');
    const ranges = plan.names.map((name) => columnSlice(table, name, start, count));
    along?.(first.tableNames);
    try {
      // One chunk per round trip is the point: together they would pass the 5 MB response limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      bytesPerRow *= 2;
      continue;
    }
    along = undefined;
    if (body.rowCount !== first.rowCount) throw rowsChanged(first.frame);
    const chunk = new Map(plan.names.map((name, i) => [name, ranges[i]!.values as CellValue[][]]));
    bytesPerRow = Math.max(bytesPerRow, rowsBytesOf(chunk) / count);
    for (const [name, cells] of chunk) columns.get(name)!.push(...cells);
    start += count;
  }
  return {
    frame: first.frame,
    tableNames: first.tableNames,
    columns,
    head: first.head,
    headRows: first.headRows,
  };
}

function rowsBytesOf(columns: ReadonlyMap<string, Rows>): number {
  let n = 0;
  for (const cells of columns.values()) n += rowsBytes(cells);
  return n;
}

function rowsChanged(frame: AuditFrame): Error {
  return workbookError(
    frame.sheet,
    frame.address(CASE_ID, 0),
    `Rows were added to or removed from the ${frame.sheet} table while it was being read, so nothing was changed. Try again.`,
  );
}

/** The Audit table is gone or lacks a column: the slower path explains, or reads a plain sheet whole. */
async function damaged(
  context: Excel.RequestContext,
  plan: ColumnsPlan,
  original: unknown,
): Promise<ColumnsRead> {
  const headNames = (plan.head?.names ?? []).filter((n) => !plan.names.includes(n));
  const read = await readDamaged(context, [...plan.names, ...headNames], original);
  if (plan.along !== undefined) {
    plan.along(read.tableNames);
    await context.sync();
  }
  const head = new Map((plan.head?.names ?? []).map((name) => [name, read.columns.get(name)!]));
  const rows = read.columns.get(plan.names[0]!)?.length ?? 0;
  return { ...read, head, headRows: plan.head === undefined ? 0 : rows };
}
