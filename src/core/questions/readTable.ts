import type { CellValue, SheetData } from '../sheets/SheetData';
import { cellAddress } from '../sheets/cellAddress';
import { cellText } from './cellText';

export interface TableColumn {
  /** The header as written, trimmed. */
  readonly header: string;
  /** Lower-case, spaces as underscores, without any `::language` suffix: `label::English (en)` -> `label`. */
  readonly key: string;
  /** Index into each row's cells. */
  readonly index: number;
  /** 1-based worksheet column. */
  readonly column: number;
}

export interface TableRow {
  /** 1-based worksheet row. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** A sheet read XLSForm-style: the first non-empty row is the header, blank rows after it are dropped. */
export interface Table {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** First worksheet column right of the header, where a missing column could be added. */
  readonly nextColumn: number;
  readonly firstColumn: number;
}

export function headerKey(header: string): string {
  const base = header.split('::')[0] ?? '';
  return base.trim().toLowerCase().replace(/\s+/g, '_');
}

function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

/** null when the sheet has no non-empty row at all. */
export function readTable(sheet: SheetData): Table | null {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const headerIndex = sheet.rows.findIndex((cells) => !isBlankRow(cells));
  const headerCells = sheet.rows[headerIndex];
  if (headerCells === undefined) return null;
  const columns: TableColumn[] = [];
  headerCells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header !== '') columns.push({ header, key: headerKey(header), index, column: firstColumn + index });
  });
  const rows: TableRow[] = [];
  sheet.rows.forEach((cells, i) => {
    if (i > headerIndex && !isBlankRow(cells)) rows.push({ row: firstRow + i, cells });
  });
  return {
    sheet: sheet.name,
    headerRow: firstRow + headerIndex,
    columns,
    rows,
    nextColumn: firstColumn + headerCells.length,
    firstColumn,
  };
}

export function columnCell(column: TableColumn, row: number): string {
  return cellAddress(row, column.column);
}

export function textAt(row: TableRow, column: TableColumn | undefined): string {
  return column === undefined ? '' : cellText(row.cells[column.index]);
}
