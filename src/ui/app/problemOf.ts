import type { SheetIssue } from '../../core/sheets/SheetData';

/**
 * What to tell the auditor about a failure. src/excel throws errors that carry `issues` (sheet, cell,
 * what to do); anything else is unexpected and is said plainly, without a stack trace.
 */
export interface Problem {
  readonly message: string;
  readonly issues: readonly SheetIssue[];
}

export function problemOf(error: unknown): Problem {
  const issues = hasIssues(error) ? error.issues : [];
  if (issues.length > 0) return { message: 'Fix these and try again:', issues };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    message: `Excel did not finish the request (${detail || 'no reason given'}). Try again; if it keeps failing, close and reopen the pane.`,
    issues,
  };
}

function hasIssues(error: unknown): error is { issues: readonly SheetIssue[] } {
  return typeof error === 'object' && error !== null && Array.isArray((error as { issues?: unknown }).issues);
}
