import type { CellValue, SheetData } from '../../../src/core/sheets/SheetData';

/** A sheet from rows, as a workbook reader would hand it over. */
export function sheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  at?: { row: number; column: number },
): SheetData {
  return at === undefined ? { name, rows } : { name, rows, firstRow: at.row, firstColumn: at.column };
}
