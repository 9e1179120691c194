import type { SheetIssue } from '../core/sheets/SheetData';

/**
 * What the workbook layer throws when the workbook is damaged or a request cannot be met. The message is
 * for a person (sheet, cell, what to do); `issues` lets the pane link each problem to its cell.
 */
export class AuditWorkbookError extends Error {
  readonly issues: readonly SheetIssue[];

  constructor(issues: readonly SheetIssue[]) {
    super(issues.map(describeIssue).join('\n'));
    this.name = 'AuditWorkbookError';
    this.issues = issues;
  }
}

export function describeIssue(issue: SheetIssue): string {
  return issue.message;
}

export function workbookError(sheet: string, cell: string, message: string): AuditWorkbookError {
  return new AuditWorkbookError([{ sheet, cell, message }]);
}
