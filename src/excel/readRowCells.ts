import type { CellValue } from '../core/sheets/SheetData';
import type { AuditFrame } from './AuditFrame';
import { workbookError } from './AuditWorkbookError';
import { caseIdText } from './locateCase';
import { CASE_ID } from './workbookFormat';

/**
 * One row's named cells, read in their own round trip together with its Case ID: the row number came
 * from the previous trip, and a co-author may have moved rows since. If the row no longer holds the case,
 * nothing has been written yet, so the caller stops with a message and the auditor tries again.
 */
export async function readRowCells(
  context: Excel.RequestContext,
  frame: AuditFrame,
  index: number,
  caseId: string,
  names: readonly string[],
): Promise<ReadonlyMap<string, CellValue>> {
  const id = frame.cell(context, CASE_ID, index).load('values');
  const cells = names.map((name) => frame.cell(context, name, index).load('values'));
  await context.sync();
  const found = caseIdText((id.values as CellValue[][])[0]?.[0]);
  if (found.toUpperCase() !== caseId.trim().toUpperCase()) {
    const row = frame.address(CASE_ID, index).replace(/^[A-Z]+/, '');
    throw workbookError(
      frame.sheet,
      frame.address(CASE_ID, index),
      `Rows of the ${frame.sheet} sheet moved while case ${caseId} was being found (row ${row} now holds "${found}"). Nothing was saved: try again.`,
    );
  }
  return new Map(names.map((name, i) => [name, (cells[i]!.values as CellValue[][])[0]?.[0] ?? null]));
}
