import type { CellValue } from '../core/sheets/SheetData';
import { auditDamage } from './auditDamage';
import { locateCase } from './locateCase';
import type { AuditRead } from './readAuditColumns';
import { readCaseColumns } from './readCaseColumns';
import { readRowCells } from './readRowCells';
import { CASE_ID } from './workbookFormat';

/**
 * Rows whose decision cells (Status, Version, the answer...) come with the Case ID column in the first trip.
 * 20,000 covers every audit we know of in two trips (the seed report's had 66 cases) and costs ~0.8 MB; a
 * case further down costs one more trip rather than a response that grows with the table.
 */
export const DECISION_ROWS = 20_000;

export interface FoundCase {
  /** The Case ID column (whole) and where the table is. */
  readonly read: AuditRead;
  readonly index: number;
  /** The row's cells of the columns asked for, as read before any write. */
  readonly cells: ReadonlyMap<string, CellValue>;
}

/**
 * Reads the Case ID column and finds the one row holding `caseId`, with that row's `names` cells. Done
 * afresh before every write: a row number remembered from an earlier read could belong to another case
 * after a co-author sorts, filters-and-deletes or inserts rows.
 */
export async function findCaseRow(
  context: Excel.RequestContext,
  caseId: string,
  names: readonly string[] = [],
): Promise<FoundCase> {
  const wanted = names.filter((n) => n !== CASE_ID);
  const read = await readCaseColumns(context, {
    names: [CASE_ID],
    wholeFirst: true,
    ...(wanted.length > 0 ? { head: { names: wanted, rows: DECISION_ROWS } } : {}),
  });
  const location = locateCase(read.columns.get(CASE_ID)!, caseId);
  if (location.kind === 'missing') throw auditDamage.unknownCase(read.frame.sheet, caseId);
  if (location.kind === 'duplicate') {
    const cells = location.indexes.map((i) => read.frame.address(CASE_ID, i));
    throw auditDamage.duplicate(read.frame.sheet, caseId, cells);
  }
  const index = location.index;
  const cells =
    index < read.headRows || wanted.length === 0
      ? new Map(wanted.map((name) => [name, read.head.get(name)![index]?.[0] ?? null]))
      : await readRowCells(context, read.frame, index, caseId, wanted);
  return { read, index, cells };
}
