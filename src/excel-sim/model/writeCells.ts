import { cellAddress } from '../../core/sheets/cellAddress';
import { SimError } from '../SimError';
import { formatAddress } from './address';
import { normalizeHeadersIn } from './tableHeaders';
import { parseInput } from './parseInput';
import { assertAllowed, assertContentsEditable } from './protection';
import { columnCount, rowCount, type Rect } from './Rect';
import type { SheetModel } from './SheetModel';
import type { WorkbookModel } from './WorkbookModel';

/** Checks that a written 2-D array has the range's shape; a single non-array value fills the range. */
export function checkShape(sheet: SheetModel, rect: Rect, input: unknown, location: string): void {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) {
      throw new SimError('InvalidArgument', {
        location,
        statement: `${formatAddress(sheet.name, rect)}: null is not a valid value for the whole range; use '' to clear.`,
      });
    }
    return;
  }
  const rows = input as unknown[];
  const ok =
    rows.length === rowCount(rect) &&
    rows.every((row) => Array.isArray(row) && (row as unknown[]).length === columnCount(rect));
  if (!ok) {
    const got = `${rows.length} row(s) × ${Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : '?'} column(s)`;
    throw new SimError('InvalidArgument', {
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location,
      statement: `${formatAddress(sheet.name, rect)} is ${rowCount(rect)} × ${columnCount(rect)} but the array is ${got}.`,
    });
  }
}

function cellAt(input: unknown, i: number, j: number): unknown {
  return Array.isArray(input) ? (input as unknown[][])[i]![j] : input;
}

/** Range.values / Range.formulas: each cell through the formula rule; null leaves a cell as it was. */
export function writeContents(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  location: string,
): void {
  checkShape(sheet, rect, input, location);
  assertContentsEditable(sheet, rect, location);
  const grid = sheet.grid;
  let r = rect.r0;
  let c = rect.c0;
  // One closure for the whole write: messages name the cell being parsed when it fails.
  const where = (): string => `${sheet.name}!${cellAddress(r + 1, c + 1)}`;
  const rows = Array.isArray(input) ? (input as unknown[][]) : undefined;
  for (let i = 0; r <= rect.r1; r++, i++) {
    const row = rows?.[i];
    c = rect.c0;
    for (let j = 0; c <= rect.c1; c++, j++) {
      const raw = row ? row[j] : input;
      if (raw === null) continue;
      if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean')
        grid.setPlain(r, c, raw);
      else grid.setContent(r, c, parseInput(raw, grid.numberFormat(r, c) === '@', where));
    }
  }
  normalizeHeadersIn(wb, sheet, rect);
  wb.version++;
}

/** Range.numberFormat: a 2-D array of formats (null keeps one), or one format for every cell. */
export function writeNumberFormat(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  location: string,
): void {
  checkShape(sheet, rect, input, location);
  assertAllowed(sheet, 'allowFormatCells', location);
  if (!Array.isArray(input)) {
    if (typeof input !== 'string')
      throw new SimError('InvalidArgument', { location, statement: 'A number format is a string.' });
    sheet.grid.setRectNumberFormat(rect, input);
  } else {
    for (let r = rect.r0, i = 0; r <= rect.r1; r++, i++) {
      for (let c = rect.c0, j = 0; c <= rect.c1; c++, j++) {
        const f = cellAt(input, i, j);
        if (f === null) continue;
        if (typeof f !== 'string')
          throw new SimError('InvalidArgument', { location, statement: 'A number format is a string.' });
        sheet.grid.setNumberFormat(r, c, f);
      }
    }
  }
  wb.version++;
}
