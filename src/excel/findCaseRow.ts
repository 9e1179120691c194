import { auditDamage } from './auditDamage';
import { locateCase } from './locateCase';
import { type AuditRead, readAuditColumns } from './readAuditColumns';
import { CASE_ID } from './workbookFormat';

/**
 * Reads the Case ID column (plus `names`) and finds the one row holding `caseId`. Done afresh before every
 * write: a row number remembered from an earlier read could belong to another case after a co-author
 * sorts, filters-and-deletes or inserts rows.
 */
export async function findCaseRow(
  context: Excel.RequestContext,
  caseId: string,
  names: readonly string[] = [],
): Promise<{ read: AuditRead; index: number }> {
  const read = await readAuditColumns(context, [CASE_ID, ...names.filter((n) => n !== CASE_ID)]);
  const location = locateCase(read.columns.get(CASE_ID)!, caseId);
  if (location.kind === 'missing') throw auditDamage.unknownCase(read.frame.sheet, caseId);
  if (location.kind === 'duplicate') {
    const cells = location.indexes.map((i) => read.frame.address(CASE_ID, i));
    throw auditDamage.duplicate(read.frame.sheet, caseId, cells);
  }
  return { read, index: location.index };
}
