import { MAX_COLUMNS, MAX_ROWS, parseCell } from '../a1';
import { textOf } from './bytesText';

const A = 0x41;
const Z = 0x5a;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * A cell reference in bytes[start, end) ("B7") as [row, column], or null when it is not a cell inside
 * Excel's grid. Excel writes plain upper-case references; anything else (`$`, lower case, spaces,
 * entities) goes through parseCell as text, so both read alike.
 */
export function parseCellBytes(bytes: Uint8Array, start: number, end: number): [number, number] | null {
  let k = start;
  let column = 0;
  for (; k < end && k - start < 3 && bytes[k]! >= A && bytes[k]! <= Z; k++)
    column = column * 26 + bytes[k]! - 64;
  const letters = k - start;
  let row = 0;
  for (; k < end && k - start - letters < 7 && bytes[k]! >= ZERO && bytes[k]! <= NINE; k++)
    row = row * 10 + bytes[k]! - ZERO;
  if (k === end && letters > 0 && k - start > letters)
    return column <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS ? [row, column] : null;
  const at = parseCell(textOf(bytes, start, end));
  return at === null ? null : [at.row, at.column];
}
