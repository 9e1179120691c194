import type { CellValue } from '../../core/sheets/SheetData';
import { bytesAre, textOf } from './bytesText';
import { CapturedText } from './CapturedText';
import { cellValueOf } from './cellValueOf';
import { findAttribute, type ByteRange } from './findAttribute';
import { parseCellBytes } from './parseCellBytes';
import { parseDecimal } from './parseDecimal';
import { scanXmlBytes } from './scanXmlBytes';

/**
 * Cells with a value, by 1-based row, each row a sparse array by 1-based column, and the block they span
 * (bottom 0 when there are none), kept as they are read so nothing walks the sparse rows to find it.
 */
export interface SparseCells {
  readonly rows: Map<number, CellValue[]>;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Bytes of XML scanned between yields: a few ms once the code is warm, ~100 ms cold on a slow machine. */
export const SLICE_BYTES = 256 * 1024;

const TYPES: readonly (string | undefined)[] = Object.assign([], {
  0x73: 's',
  0x6e: 'n',
  0x62: 'b',
  0x65: 'e',
  0x64: 'd',
});

/**
 * A worksheet's cell values as Excel's Range.values gives them: shared and inline strings (runs joined),
 * numbers, booleans, error values as their text ("#REF!"), formulas as their cached value. Rows and cells
 * without an `r` attribute follow the one before, as the format allows. Read from the part's bytes, a
 * slice at a time: the generator yields the bytes it has just scanned, so a caller can let the page
 * breathe and tell how far it has got.
 */
export function* readWorksheetCells(
  bytes: Uint8Array,
  shared: readonly string[],
  sheet: string,
  part: string,
  slice = SLICE_BYTES,
): Generator<number, SparseCells, void> {
  const rows = new Map<number, CellValue[]>();
  const found: SparseCells = { rows, top: Infinity, bottom: 0, left: Infinity, right: 0 };
  let row = 0;
  let column = 0;
  let type = 'n';
  let cells: CellValue[] | undefined;
  let cellsRow = -1;
  const value = new CapturedText(bytes);
  const inline = new CapturedText(bytes);
  let hasValue = false;
  let hasInline = false;
  let capture: CapturedText | null = null;
  let phonetic = 0;
  const at: ByteRange = { start: 0, end: 0 };
  const put = (cell: CellValue) => {
    if (cell === '') return;
    if (cellsRow !== row) {
      cells = rows.get(row);
      if (cells === undefined) rows.set(row, (cells = []));
      cellsRow = row;
      if (row < found.top) found.top = row;
      if (row > found.bottom) found.bottom = row;
    }
    cells![column] = cell;
    if (column < found.left) found.left = column;
    if (column > found.right) found.right = column;
  };
  const valueOf = (): CellValue => {
    // Most cells are a number or a shared string index: read them from the bytes, no string made.
    if (hasValue && value.single && (type === 'n' || type === 's')) {
      const n = parseDecimal(bytes, value.runStart, value.runEnd);
      if (type === 'n' && !Number.isNaN(n)) return n;
      if (type === 's' && shared[n] !== undefined) return shared[n];
    }
    return cellValueOf(type, hasValue ? value : null, hasInline ? inline : null, shared, {
      sheet,
      row,
      column,
    });
  };
  const handler = {
    open(name: number, nameEnd: number, end: number) {
      const length = nameEnd - name;
      const first = bytes[name];
      if (length === 1 && first === 0x63 /* c */) {
        const r = findAttribute(bytes, nameEnd, end, 'r', at)
          ? parseCellBytes(bytes, at.start, at.end)
          : null;
        if (r !== null) [row, column] = r;
        else column++;
        type = findAttribute(bytes, nameEnd, end, 't', at)
          ? ((at.end - at.start === 1 ? TYPES[bytes[at.start]!] : undefined) ??
            textOf(bytes, at.start, at.end))
          : 'n';
        hasValue = hasInline = false;
      } else if (length === 1 && first === 0x76 /* v */) {
        value.clear();
        hasValue = true;
        capture = value;
      } else if (length === 1 && first === 0x74 /* t */) {
        if (hasInline && phonetic === 0) capture = inline;
      } else if (bytesAre(bytes, name, nameEnd, 'row')) {
        let r = NaN;
        if (findAttribute(bytes, nameEnd, end, 'r', at)) {
          r = parseDecimal(bytes, at.start, at.end);
          if (Number.isNaN(r)) r = Number(textOf(bytes, at.start, at.end));
        }
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        column = 0;
      } else if (bytesAre(bytes, name, nameEnd, 'is')) {
        inline.clear();
        hasInline = true;
      } else if (bytesAre(bytes, name, nameEnd, 'rPh')) phonetic++;
    },
    close(name: number, nameEnd: number) {
      const length = nameEnd - name;
      const first = bytes[name];
      if (length === 1 && first === 0x63 /* c */) put(valueOf());
      else if (length === 1 && (first === 0x76 || first === 0x74) /* v, t */) capture = null;
      else if (bytesAre(bytes, name, nameEnd, 'rPh')) phonetic--;
    },
    text(start: number, end: number) {
      capture?.add(start, end);
    },
    cdata(start: number, end: number) {
      capture?.addRaw(start, end);
    },
  };
  for (let i = 0; i < bytes.length;) {
    const from = i;
    i = scanXmlBytes(bytes, handler, part, i, Math.min(i + slice, bytes.length));
    yield i - from;
  }
  return found;
}
