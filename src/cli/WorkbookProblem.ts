import type { SheetIssue } from '../core/sheets/SheetData';
import { qualifiedAddress } from '../excel/qualifiedAddress';

/**
 * Why a workbook cannot be used as it is. Each issue names the sheet and cell when there is one, and says what
 * to do; the command line prints them and exits with ExitCode.workbook, never with a stack trace.
 */
export class WorkbookProblem extends Error {
  readonly issues: readonly SheetIssue[];

  constructor(issues: readonly SheetIssue[] | string) {
    const list = typeof issues === 'string' ? [{ sheet: '', cell: '', message: issues }] : issues;
    super(list.map(issueLine).join('\n'));
    this.name = 'WorkbookProblem';
    this.issues = list;
  }
}

/** "Questions!C5: message", or just the message when it is about the file or a whole sheet without a cell. */
export function issueLine(issue: SheetIssue): string {
  if (issue.sheet === '') return issue.message;
  const where = issue.cell === '' ? issue.sheet : qualifiedAddress(issue.sheet, issue.cell);
  return `${where}: ${issue.message}`;
}
