import type { CellValue, SheetData } from '../../core/sheets/SheetData';
import type { SparseCells } from './readWorksheetCells';
import { XlsxReadError } from './XlsxReadError';

/** More cells than a sheet's used range should ever span; a stray value at XFD1048576 would otherwise exhaust memory. */
const MAX_CELLS = 30_000_000;
/** Rows laid out between yields (100,000 rows of 33 take ~0.3-0.8 s in all). */
const ROWS_PER_SLICE = 5_000;

/**
 * The used block (by values, as getUsedRange(true) reads it) with blanks as '', as Range.values gives
 * them. A generator, yielding 0 every few thousand rows, so a long sheet does not hold the page.
 */
export function* sheetDataOf(
  name: string,
  cells: SparseCells,
  label: string,
): Generator<number, SheetData, void> {
  const { rows: byRow, top, bottom, left, right } = cells;
  if (bottom === 0) return { name, rows: [] };
  if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS)
    throw new XlsxReadError(
      `The sheet "${name}" in ${label} has values spread over rows ${top} to ${bottom} and ${right - left + 1} columns, too many to read. Delete the stray values far from the data, save, and choose it again.`,
    );
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = byRow.get(r);
    // Pushed one by one, so each row is a packed array, not one with holes.
    const out: CellValue[] = [];
    for (let c = left; c <= right; c++) out.push(row?.[c] ?? '');
    rows.push(out);
    if ((r - top) % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield 0;
  }
  return { name, rows, firstRow: top, firstColumn: left };
}
