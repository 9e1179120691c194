import type { SheetIssue } from '../sheets/SheetData';
import { caseKey } from './caseKey';
import type { CaseListRow } from './CaseListRow';

/** One issue per occurrence of a Case ID that appears more than once, naming every cell that holds it. */
export function duplicateIdIssues(cases: readonly CaseListRow[]): SheetIssue[] {
  const byKey = new Map<string, CaseListRow[]>();
  for (const row of cases) {
    const key = caseKey(row.id);
    const rows = byKey.get(key);
    if (rows === undefined) byKey.set(key, [row]);
    else rows.push(row);
  }
  const issues: SheetIssue[] = [];
  for (const rows of byKey.values()) {
    if (rows.length < 2) continue;
    const where = rows.map((r) => r.cell).join(', ');
    for (const row of rows)
      issues.push({
        sheet: row.sheet,
        cell: row.cell,
        message: `Case ID ${row.id} appears ${rows.length} times (${where}): each case must be listed once. Remove or correct the repeats.`,
      });
  }
  return issues;
}
