import type { QuestionType } from '../core/questions/QuestionSet';
import { AUDITOR, CASE_ID, LAST_SAVED, SAVED_BY, STATUS, VERSION } from './workbookFormat';

/**
 * Widths of the Audit sheet's columns, in points (Excel's unit for format.columnWidth; 1pt = 4/3 px).
 * Chosen so answers fit and row 1's labels wrap to at most four lines: Excel's default 48pt made the
 * template's labels ~10 lines tall inside the frozen rows and showed "Last saved" as ####.
 */
export const EXCEL_DEFAULT_WIDTH = 48;

/** Row 1 (labels): four lines of 11pt text. Longer labels are cut; the pane shows each question whole. */
export const LABEL_ROW_HEIGHT = 60;

/** "yyyy-mm-dd hh:mm" in Calibri 11 is ~105 px wide; 100pt is 133 px, with room for padding and bold. */
const DATE_TIME = 100;

const FIXED: Readonly<Record<string, number>> = {
  [CASE_ID]: 84,
  [AUDITOR]: 96,
  [STATUS]: 78, // "In progress" and the dropdown's arrow
  [LAST_SAVED]: DATE_TIME,
  [SAVED_BY]: 96,
  [VERSION]: 64, // its label wraps to four lines
};

/** By what an answer holds: dates narrow, numbers narrower, choices medium, free text wide. */
const BY_TYPE: Readonly<Record<QuestionType, number>> = {
  date: 72,
  dateTime: DATE_TIME,
  integer: 60,
  decimal: 60,
  calculate: 72,
  select_one: 120,
  select_multiple: 168,
  text: 216,
  note: EXCEL_DEFAULT_WIDTH,
};

export function fixedColumnWidth(name: string): number {
  return FIXED[name] ?? EXCEL_DEFAULT_WIDTH;
}

export function questionWidth(type: QuestionType): number {
  return BY_TYPE[type];
}

/**
 * Does a column still have the width Excel gives a column nobody sized? Only then does a re-run of setup
 * size it: any other width was chosen by a person (or by an earlier setup) and is kept. A workbook whose
 * default font makes other default widths is left alone, which errs on the side of the user's widths.
 */
export function isExcelDefaultWidth(points: number | null | undefined): boolean {
  return typeof points === 'number' && Math.abs(points - EXCEL_DEFAULT_WIDTH) < 0.5;
}
