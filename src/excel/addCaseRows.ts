import { caseKey } from '../core/sampling/caseKey';
import { missingColumns } from './auditDamage';
import { workbookError } from './AuditWorkbookError';
import { appendInBatches } from './appendInBatches';
import type { ExcelHost } from './ExcelHost';
import { caseIdText } from './locateCase';
import { rowsBytes } from './payloadBudget';
import { readAuditColumns } from './readAuditColumns';
import { AUDITOR, CASE_ID, SHEETS, STATUS, VERSION } from './workbookFormat';

export interface NewCase {
  readonly caseId: string;
  readonly auditor?: string;
}

/**
 * Adds one Audit row per new case, Not started, version 0: two round trips (the Case IDs, then the rows),
 * one more per ~4 MB of new rows (~150,000 cases). An ID already in the sheet, or given twice, is refused
 * with the cell that holds it: two rows for one case would split its answers. Each batch of rows reads
 * the Case ID column back as it lands, so one a co-author added meanwhile is reported too (appendInBatches).
 */
export async function addCaseRows(host: ExcelHost, cases: readonly NewCase[]): Promise<void> {
  await host.run(async (context) => {
    const read = await readAuditColumns(context, [CASE_ID]);
    const ids = read.columns.get(CASE_ID)!;
    const missing = [AUDITOR, STATUS, VERSION].filter((n) => !read.frame.has(n));
    if (missing.length > 0) throw missingColumns(read.frame, missing);
    // Indexed once: a lookup per case through the column would take minutes at 100,000 rows each way.
    const rowOf = new Map<string, number>();
    ids.forEach((row, i) => {
      const key = caseKey(caseIdText(row[0]));
      if (key !== '' && !rowOf.has(key)) rowOf.set(key, i);
    });
    const seen = new Set<string>();
    for (const { caseId } of cases) {
      const key = caseKey(caseId);
      if (key === '')
        throw workbookError(read.frame.sheet, '', 'A case needs a Case ID: leave no Case ID blank.');
      const there = rowOf.get(key);
      if (there !== undefined || seen.has(key)) {
        const cell = there === undefined ? '' : read.frame.address(CASE_ID, there);
        throw workbookError(
          read.frame.sheet,
          cell,
          `Case ${caseId} is already ${cell === '' ? 'in the list to add' : `in ${read.frame.sheet}!${cell}`}: each case has one row. Remove the repeat and add again.`,
        );
      }
      seen.add(key);
    }
    if (read.frame.mode !== 'table')
      throw workbookError(
        read.frame.sheet,
        '',
        `The ${SHEETS.audit} sheet is no longer a table: run Set up audit to make it one again, then add the cases.`,
      );
    if (cases.length === 0) return;
    const rows = cases.map((c) => ({ caseId: c.caseId, auditor: c.auditor ?? '' }));
    await appendInBatches(context, read.frame, rows, ids.length, rowsBytes(ids));
  });
}
