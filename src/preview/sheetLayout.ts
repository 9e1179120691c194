import type { SheetSnapshot } from '../excel-sim';
import { parseAddress } from '../excel-sim/model/address';
import { cellFormatAt } from './cellFormatAt';
import { GridAxis } from './GridAxis';
import type { MeasureText } from './measureText';
import { wrapLines } from './wrapLines';

/** Excel's defaults in points: 8.43 characters of Calibri 11 is 48pt wide; a row of it is 15pt high. */
export const DEFAULT_COLUMN_POINTS = 48;
export const DEFAULT_ROW_POINTS = 15;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;
/** Space Excel leaves between a cell's edge and its text, in px. */
export const CELL_PADDING = 3;

/** Points to screen pixels at 100% zoom, as Excel draws them (96 dpi). */
export const px = (points: number): number => Math.round((points * 4) / 3);

/** A line of text at a font size, in points: 15pt for Calibri 11, as Excel autofits. */
const linePoints = (sizePt: number): number => (sizePt * DEFAULT_ROW_POINTS) / 11;

export interface SheetLayout {
  readonly columns: GridAxis;
  readonly rows: GridAxis;
}

/**
 * Column widths and row heights in px, as Excel shows the sheet: widths set by the add-in (format.columnWidth,
 * autofit), heights set explicitly, and otherwise rows autofitted to their largest font and wrapped text, as
 * Excel autofits rows whose height nobody set.
 */
export function sheetLayout(
  sheet: SheetSnapshot,
  rowCount: number,
  columnCount: number,
  measure: MeasureText,
): SheetLayout {
  const widths = new Array<number>(columnCount).fill(px(DEFAULT_COLUMN_POINTS));
  const heights = new Array<number | undefined>(rowCount).fill(undefined);
  /** Rows that might need autofitting: those under a wrap or font-size format. */
  const candidates = new Set<number>();
  for (const entry of sheet.formats) {
    let rect;
    try {
      rect = parseAddress(entry.range).rect;
    } catch {
      continue;
    }
    const value = entry.value;
    if (entry.key === 'columnWidth' && typeof value === 'number') {
      for (let c = rect.c0; c <= Math.min(rect.c1, columnCount - 1); c++) widths[c] = px(value);
    } else if (entry.key === 'rowHeight' && typeof value === 'number') {
      for (let r = rect.r0; r <= Math.min(rect.r1, rowCount - 1); r++) heights[r] = px(value);
    } else if (entry.key === 'wrapText' || entry.key === 'font.size') {
      for (let r = rect.r0; r <= Math.min(rect.r1, rowCount - 1, sheet.values.length - 1); r++)
        candidates.add(r);
    }
  }
  const formatAt = cellFormatAt(sheet);
  const autoHeight = (r: number): number => {
    let points = DEFAULT_ROW_POINTS;
    const row = sheet.values[r] ?? [];
    row.forEach((value, c) => {
      if (value === '') return;
      const f = formatAt(r, c);
      const text = String(value);
      const lines =
        f.wrap && typeof value === 'string'
          ? wrapLines(text, (widths[c] ?? 0) - 2 * CELL_PADDING, (s) => measure(s, f.size, f.bold))
          : 1;
      points = Math.max(points, lines * linePoints(f.size));
    });
    return px(Math.min(points, MAX_ROW_POINTS));
  };
  const defaultHeight = px(DEFAULT_ROW_POINTS);
  const rows = heights.map((h, r) => h ?? (candidates.has(r) ? autoHeight(r) : defaultHeight));
  return { columns: new GridAxis(widths), rows: new GridAxis(rows) };
}
