import type { SheetIssue } from '../../../src/core/sheets/SheetData';

/** An error as src/excel throws one: a message and the issues (sheet, cell, what to do) the pane lists. */
export function workbookError(
  sheet: string,
  cell: string,
  message: string,
): Error & { issues: SheetIssue[] } {
  return Object.assign(new Error(message), { issues: [{ sheet, cell, message }] });
}
