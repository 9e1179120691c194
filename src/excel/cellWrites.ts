import type { CellValue } from '../core/sheets/SheetData';
import { FORMAT } from './workbookFormat';

export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

/** Pads ragged rows with blanks so a rectangle can be written in one operation. */
export function rectangle(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

/**
 * Writes values so that Excel keeps every string literally: a string cell gets the text format `@` in the
 * same batch, before its value, because Excel turns "=...", "+1", "-2+3" and "@SUM(A1)" written to a
 * General cell into formulas, and "12" or "4-6" into a number or a date. Other cells get `otherFormat`.
 */
export function writeLiteral(
  range: Excel.Range,
  values: CellValue[][],
  otherFormat: string = FORMAT.general,
): void {
  range.numberFormat = values.map((row) =>
    row.map((v) => (typeof v === 'string' ? FORMAT.text : otherFormat)),
  );
  range.values = values;
}

/** A list dropdown on a range; the previous rule is cleared first, as Excel keeps one rule per cell. */
export function setDropdown(range: Excel.Range, source: string): void {
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
}
