import type { CellValue } from '../core/sheets/SheetData';

/** Header cells as text, trimmed; blanks stay '' so positions keep matching the sheet's columns. */
export function headerNames(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
}

/**
 * Position of a column by its header. Exact first, then ignoring case, because people retype headers
 * ("case id") and Excel itself treats table column names case-insensitively. -1 when absent.
 */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = name.toLowerCase();
  return header.findIndex((h) => h.toLowerCase() === wanted);
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/**
 * Index of the header row of a plain sheet: the first row holding `marker` when given (the Audit sheet
 * has question labels above its header, so its first non-empty row is not the header), else the first
 * non-empty row. -1 when there is none.
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[], marker?: string): number {
  if (marker !== undefined) return rows.findIndex((row) => findColumn(headerNames(row), marker) >= 0);
  return rows.findIndex((row) => !isBlankRow(row));
}
