import { auditTemplate } from '../../src/core/template/auditTemplate';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

/** A fixed clock: 6 February 2023, 10:30 local time, the first day of the seed report's audit week. */
export const AUDIT_DAY = new Date(2023, 1, 6, 10, 30);

export interface Fixture {
  readonly workbook: SimWorkbook;
  readonly audit: AuditWorkbook;
  /** A second task pane on the same workbook: a co-author. */
  readonly coAuthor: AuditWorkbook;
}

/** A workbook set up from the built-in template with `cases` rows C-001, C-002, ... */
export async function auditWith(
  cases: number,
  options: { sheets?: readonly string[] } = {},
): Promise<Fixture> {
  const workbook = new SimWorkbook(options.sheets === undefined ? {} : { sheets: options.sheets });
  const audit = new AuditWorkbook(workbook.host(), { now: () => AUDIT_DAY });
  const result = await audit.setUp({ template: auditTemplate });
  if (result.issues.length > 0) throw new Error(result.issues.map((i) => i.message).join('\n'));
  if (cases > 0) await audit.addCases(caseIds(cases).map((caseId) => ({ caseId, auditor: 'Sam' })));
  const coAuthor = new AuditWorkbook(workbook.host(), { now: () => AUDIT_DAY });
  await coAuthor.loadQuestionSet();
  return { workbook, audit, coAuthor };
}

export function caseIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `C-${String(i + 1).padStart(3, '0')}`);
}

/** Runs `action` and reports how many round trips it took. */
export async function counted<T>(
  workbook: SimWorkbook,
  action: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  workbook.resetStats();
  const result = await action();
  return { result, syncs: workbook.stats.syncs };
}
