import type { CellValue } from '../core/sheets/SheetData';
import { findHeaderRow, headerNames } from './headerRow';
import { CASE_ID } from './workbookFormat';

/** Proxies queued to learn how one of our data sheets (Audit, Escalations) stands. */
export type TableProbe =
  | { readonly kind: 'absent'; readonly name: string }
  | {
      readonly kind: 'table';
      readonly name: string;
      readonly table: Excel.Table;
      readonly header: Excel.Range;
      readonly body: Excel.Range;
      readonly sheet: Excel.Worksheet;
    }
  | { readonly kind: 'plain'; readonly name: string; readonly sheet: string; readonly used: Excel.Range };

/** How the sheet stands once read; positions are 0-based worksheet indexes. */
export interface TableState {
  readonly kind: 'absent' | 'table' | 'plain';
  /** The table's (or expected) name, and the sheet it is on. */
  readonly name: string;
  readonly sheet: string;
  /** -1 when there is no header (absent, empty, or no row holds "Case ID"). */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly header: readonly string[];
  /** Rows below the header that belong to the data (at least 1 for a table). */
  readonly dataRows: number;
  /** For plain sheets: the cells below the header, as read. */
  readonly data: readonly (readonly CellValue[])[];
  /** The sheet holds nothing at all (a table always holds its header). */
  readonly empty: boolean;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * A table named like the sheet is the normal case; a sheet of that name without the table (someone chose
 * "Convert to Range") is read as a plain sheet whose header is the first row holding "Case ID".
 */
export function probeTable(
  context: Excel.RequestContext,
  name: string,
  sheetNames: readonly string[],
  tableNames: readonly string[],
): TableProbe {
  const tableName = tableNames.find((t) => same(t, name));
  if (tableName !== undefined) {
    const table = context.workbook.tables.getItem(tableName);
    const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const body = table.getDataBodyRange().load('rowCount');
    const sheet = table.worksheet.load('name');
    return { kind: 'table', name: tableName, table, header, body, sheet };
  }
  const sheetName = sheetNames.find((s) => same(s, name));
  if (sheetName === undefined) return { kind: 'absent', name };
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  return { kind: 'plain', name, sheet: sheetName, used };
}

export function tableState(probe: TableProbe): TableState {
  if (probe.kind === 'absent') {
    return {
      kind: 'absent',
      name: probe.name,
      sheet: probe.name,
      headerRow: -1,
      firstColumn: 0,
      header: [],
      dataRows: 0,
      data: [],
      empty: true,
    };
  }
  if (probe.kind === 'table') {
    return {
      kind: 'table',
      name: probe.name,
      sheet: probe.sheet.name,
      headerRow: probe.header.rowIndex,
      firstColumn: probe.header.columnIndex,
      header: headerNames(probe.header.values[0] as CellValue[] | undefined),
      dataRows: probe.body.rowCount,
      data: [],
      empty: false,
    };
  }
  const rows = probe.used.isNullObject ? [] : (probe.used.values as CellValue[][]);
  const at = findHeaderRow(rows, CASE_ID);
  const base = { kind: 'plain' as const, name: probe.name, sheet: probe.sheet, empty: rows.length === 0 };
  if (at < 0) return { ...base, headerRow: -1, firstColumn: 0, header: [], dataRows: 0, data: [] };
  const data = rows.slice(at + 1);
  return {
    ...base,
    headerRow: probe.used.rowIndex + at,
    firstColumn: probe.used.columnIndex,
    header: headerNames(rows[at]),
    dataRows: data.length,
    data,
  };
}
