import type { CellScalar } from '../excel-sim/model/parseInput';
import type { GridAxis } from './GridAxis';

/** Excel lets text run over at most this many neighbours; a cap keeps a stray long cell cheap to draw. */
const MAX_COLUMNS = 60;

/**
 * The last column text starting in column c may be drawn across: Excel lets left-aligned text that is wider
 * than its cell run over into the empty cells to its right, up to the first one holding something.
 */
export function overflowEnd(
  row: readonly CellScalar[],
  c: number,
  widthPx: number,
  columns: GridAxis,
): number {
  let end = c;
  let room = columns.size(c);
  while (room < widthPx && end + 1 < columns.count && end - c < MAX_COLUMNS && (row[end + 1] ?? '') === '') {
    end++;
    room += columns.size(end);
  }
  return end;
}
