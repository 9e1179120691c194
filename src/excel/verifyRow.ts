import type { CellValue } from '../core/sheets/SheetData';
import type { AuditFrame } from './AuditFrame';
import { workbookError } from './AuditWorkbookError';
import { caseIdText } from './locateCase';
import { CASE_ID } from './workbookFormat';

/**
 * Sends the queued writes together with a read-back of the row's Case ID. Excel offers no conditional
 * write, so if a co-author moved rows in the instant between our read and our write, this is where we
 * learn it, and say exactly which cells to check instead of reporting "saved".
 */
export async function verifyRow(
  context: Excel.RequestContext,
  frame: AuditFrame,
  index: number,
  caseId: string,
): Promise<void> {
  const check = frame.cell(context, CASE_ID, index).load('values');
  await context.sync();
  const found = caseIdText((check.values as CellValue[][])[0]?.[0]);
  if (found.toUpperCase() !== caseId.trim().toUpperCase()) {
    const row = frame.address(CASE_ID, index).replace(/^[A-Z]+/, '');
    throw workbookError(
      frame.sheet,
      frame.address(CASE_ID, index),
      `Rows of the ${frame.sheet} sheet moved while saving case ${caseId} (row ${row} now holds "${found}"). Check row ${row} for an answer that belongs to ${caseId}, then save again.`,
    );
  }
}
