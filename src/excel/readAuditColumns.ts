import type { CellValue } from '../core/sheets/SheetData';
import { AuditFrame } from './AuditFrame';
import { auditDamage, missingColumns } from './auditDamage';
import { findColumn, findHeaderRow, headerNames } from './headerRow';
import { CASE_ID, SHEETS } from './workbookFormat';

export interface AuditRead {
  readonly frame: AuditFrame;
  /** Each requested column's data cells, by the requested name. */
  readonly columns: ReadonlyMap<string, readonly (readonly CellValue[])[]>;
  /** Every table in the workbook, so a caller can tell whether Escalations exists without another trip. */
  readonly tableNames: readonly string[];
}

export function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ItemNotFound';
}

/** How many header rows we look through on a plain sheet to find the one holding "Case ID". */
const HEADER_SEARCH_ROWS = 20;

/**
 * Reads the header and the named columns of the Audit table in one round trip. Only these columns are
 * read (not the table): the Case ID column is what finds a row, and at 10,000 rows it is about 100 KB,
 * where the whole table would pass Excel on the web's 5 MB limit. If the table is gone or lacks a column,
 * a slower path finds out what happened: a plain sheet is still read (in three more trips), anything else
 * becomes an AuditWorkbookError saying what to repair.
 */
export async function readAuditColumns(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<AuditRead> {
  const table = context.workbook.tables.getItem(SHEETS.audit);
  const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
  const sheet = table.worksheet.load('name');
  const tables = context.workbook.tables.load('items/name');
  const bodies = names.map((name) => table.columns.getItem(name).getDataBodyRange().load('values'));
  try {
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    return readDamaged(context, names, error);
  }
  const frame = new AuditFrame(
    'table',
    sheet.name,
    header.rowIndex,
    header.columnIndex,
    headerNames(header.values[0] as CellValue[]),
  );
  const columns = new Map(names.map((name, i) => [name, bodies[i]!.values as CellValue[][]]));
  return { frame, columns, tableNames: tables.items.map((t) => t.name) };
}

/** The Audit table is missing or lacks a column: explain which, or read a plain "Audit" sheet whole. */
export async function readDamaged(
  context: Excel.RequestContext,
  names: readonly string[],
  original: unknown,
): Promise<AuditRead> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  const tableNames = tables.items.map((t) => t.name);
  const same = (a: string): boolean => a.toLowerCase() === SHEETS.audit.toLowerCase();
  if (tableNames.some(same)) {
    const table = context.workbook.tables.getItem(SHEETS.audit);
    const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const sheet = table.worksheet.load('name');
    await context.sync();
    const frame = new AuditFrame(
      'table',
      sheet.name,
      header.rowIndex,
      header.columnIndex,
      headerNames(header.values[0] as CellValue[]),
    );
    const missing = names.filter((n) => !frame.has(n));
    if (missing.length > 0) throw missingColumns(frame, missing);
    throw original;
  }
  const sheetName = sheets.items.map((s) => s.name).find(same);
  if (sheetName === undefined) throw auditDamage.noSheet(sheets.items.map((s) => s.name));
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const used = worksheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) throw auditDamage.noHeader(sheetName);
  const top = worksheet
    .getRangeByIndexes(
      used.rowIndex,
      used.columnIndex,
      Math.min(HEADER_SEARCH_ROWS, used.rowCount),
      used.columnCount,
    )
    .load('values');
  await context.sync();
  const at = findHeaderRow(top.values as CellValue[][], CASE_ID);
  if (at < 0) throw auditDamage.noHeader(sheetName);
  const frame = new AuditFrame(
    'plain',
    sheetName,
    used.rowIndex + at,
    used.columnIndex,
    headerNames(top.values[at] as CellValue[]),
  );
  const missing = names.filter((n) => !frame.has(n));
  if (missing.length > 0) throw missingColumns(frame, missing);
  const dataRows = used.rowIndex + used.rowCount - (frame.headerRow + 1);
  const reads = names.map((name) =>
    dataRows <= 0
      ? null
      : worksheet
          .getRangeByIndexes(
            frame.headerRow + 1,
            frame.firstColumn + findColumn(frame.header, name),
            dataRows,
            1,
          )
          .load('values'),
  );
  await context.sync();
  const columns = new Map(names.map((name, i) => [name, (reads[i]?.values ?? []) as CellValue[][]]));
  return { frame, columns, tableNames };
}
