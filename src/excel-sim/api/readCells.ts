import { formatText } from '../model/formatText';
import type { CellGrid } from '../model/CellGrid';
import type { CellScalar } from '../model/parseInput';
import type { Rect } from '../model/Rect';
import type { Execution } from './Execution';
import { jsonBytes } from './payload';

export type CellReader = (grid: CellGrid, r: number, c: number) => unknown;

const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
]);

function valueType(v: CellScalar): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return ERRORS.has(v) ? 'Error' : 'String';
}

/** How each per-cell Range property reads; formulas show a constant's value, as Excel does. */
export const CELL_READERS: Record<string, CellReader> = {
  values: (g, r, c) => g.value(r, c),
  formulas: (g, r, c) => g.formula(r, c) ?? g.value(r, c),
  formulasLocal: (g, r, c) => g.formula(r, c) ?? g.value(r, c),
  numberFormat: (g, r, c) => g.numberFormat(r, c),
  numberFormatLocal: (g, r, c) => g.numberFormat(r, c),
  text: (g, r, c) => formatText(g.value(r, c), g.numberFormat(r, c)),
  valueTypes: (g, r, c) => valueType(g.value(r, c)),
};

/** A fresh 2-D array (a snapshot), counting its bytes toward the response. */
export function readCells(grid: CellGrid, rect: Rect, read: CellReader, exec: Execution): unknown[][] {
  if (read === CELL_READERS.values) return readValues(grid, rect, exec);
  const out = new Array<unknown[]>(rect.r1 - rect.r0 + 1);
  let bytes = 2;
  for (let r = rect.r0, i = 0; r <= rect.r1; r++, i++) {
    const row = new Array<unknown>(rect.c1 - rect.c0 + 1);
    for (let c = rect.c0, j = 0; c <= rect.c1; c++, j++) {
      const v = read(grid, r, c);
      row[j] = v;
      bytes += jsonBytes(v);
    }
    out[i] = row;
  }
  exec.responseBytes += bytes;
  return out;
}

/** Range.values, the bulk read: straight from the row arrays, bytes counted inline. */
function readValues(grid: CellGrid, rect: Rect, exec: Execution): unknown[][] {
  const width = rect.c1 - rect.c0 + 1;
  const out = new Array<unknown[]>(rect.r1 - rect.r0 + 1);
  let bytes = 2;
  for (let r = rect.r0, i = 0; r <= rect.r1; r++, i++) {
    const stored = grid.rowValues(r);
    const row = new Array<unknown>(width);
    for (let j = 0; j < width; j++) {
      const v = stored?.[rect.c0 + j] ?? '';
      row[j] = v;
      bytes += typeof v === 'string' ? v.length + 3 : 10;
    }
    out[i] = row;
    bytes += 2;
  }
  exec.responseBytes += bytes;
  return out;
}
