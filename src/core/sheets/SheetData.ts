/** A cell's value as Excel gives it to us (Range.values) or as a .xlsx reader does. */
export type CellValue = string | number | boolean | null;

/**
 * A rectangle of cells from one sheet. Where it sits matters: every message about bad input
 * names the sheet and the cell, so the origin travels with the values.
 */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based worksheet row of rows[0]; default 1. */
  readonly firstRow?: number;
  /** 1-based worksheet column of rows[n][0]; default 1 (column A). */
  readonly firstColumn?: number;
}

/** A problem in the workbook, said so a person can find and fix it. */
export interface SheetIssue {
  readonly sheet: string;
  /** A1-style address, e.g. "C5"; '' when the problem is the sheet as a whole. */
  readonly cell: string;
  /** What is wrong and what to do, in plain words. */
  readonly message: string;
}
