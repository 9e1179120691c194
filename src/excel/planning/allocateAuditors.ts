import type { Allocation } from '../../core/allocation/Allocation';
import { readCaseList } from '../../core/sampling/readCaseList';
import type { CaseListRow } from '../../core/sampling/CaseListRow';
import type { CellValue } from '../../core/sheets/SheetData';
import { missingColumns } from '../auditDamage';
import type { ExcelHost } from '../ExcelHost';
import { caseIdText } from '../locateCase';
import { AUDITOR, CASE_ID } from '../workbookFormat';
import { queueCaseListColumns } from './caseListSheet';
import { type AllocationRequest, planAllocation } from './planAllocation';
import { queueAuditorCells } from './queueAuditorCells';
import { readAuditAndCaseList } from './readAuditAndCaseList';

const text = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell);

/**
 * Shares the Audit's unallocated cases among auditors, writing only their blank Auditor cells. Families
 * (the Case list's `familyColumn`, looked up by Case ID) stay with one auditor, and cases already
 * allocated keep theirs. The result is the core's: `newlyAllocated` are the cells written. Two round trips, three with a family column (its Case list columns are read).
 */
export async function allocateAuditors(host: ExcelHost, request: AllocationRequest): Promise<Allocation> {
  return host.run(async (context) => {
    const family = request.familyColumn;
    const { read, caseList } = await readAuditAndCaseList(context, [CASE_ID, AUDITOR], family !== undefined);
    if (!read.frame.has(AUDITOR)) throw missingColumns(read.frame, [AUDITOR]);
    let cases: readonly CaseListRow[] = [];
    let columns: readonly string[] = [];
    if (caseList !== null && family !== undefined) {
      const finish = queueCaseListColumns(context, caseList, [CASE_ID, family]);
      await context.sync();
      const list = readCaseList(finish());
      if (list.issues.length > 0) return { kind: 'refused', problems: list.issues };
      cases = list.cases;
      columns = list.columns;
    }
    const auditors = read.columns.get(AUDITOR)!;
    const existing = read.columns
      .get(CASE_ID)!
      .map((r, index) => ({ id: caseIdText(r[0]), auditor: text(auditors[index]?.[0]), index }))
      .filter((c) => c.id !== '');
    const plan = planAllocation(existing, cases, columns, request);
    if (plan.kind === 'refused') return plan;
    const fresh = new Set(plan.newlyAllocated);
    const cells = existing
      .filter((c) => fresh.has(c.id))
      .map((c) => ({ index: c.index, caseId: c.id, auditor: plan.assignments.get(c.id)! }));
    const checkMoves = queueAuditorCells(context, read.frame, cells);
    await context.sync();
    checkMoves();
    return plan;
  });
}
