import { cellAddress } from '../core/sheets/cellAddress';
import type { AuditFrame } from './AuditFrame';
import { AuditWorkbookError, workbookError } from './AuditWorkbookError';
import { CASE_ID, SHEETS } from './workbookFormat';

/** The messages for a damaged Audit sheet: each says what is wrong, where, and how to repair it. */
export function missingColumns(frame: AuditFrame, missing: readonly string[]): AuditWorkbookError {
  const first = cellAddress(frame.headerRow + 1, frame.firstColumn + 1);
  const last = cellAddress(frame.headerRow + 1, frame.firstColumn + Math.max(1, frame.header.length));
  return new AuditWorkbookError(
    missing.map((name) => ({
      sheet: frame.sheet,
      cell: first,
      message:
        name === CASE_ID
          ? `The ${frame.sheet} sheet has no "${CASE_ID}" column in its header row (${frame.sheet}!${first}:${last}): it was renamed or deleted, and without it no answer can be matched to its case. Rename that column back to "${CASE_ID}" (or undo the deletion).`
          : `The ${frame.sheet} sheet has no "${name}" column in its header row (${frame.sheet}!${first}:${last}): it was renamed or deleted. Rename it back to "${name}" (or undo the deletion), or run Set up audit to add an empty column for it.`,
    })),
  );
}

export const auditDamage = {
  noSheet(sheetNames: readonly string[]): AuditWorkbookError {
    const likely = sheetNames.filter((s) => s.toLowerCase().includes('audit'));
    const hint =
      likely.length > 0 ? ` If "${likely[0]}" holds the cases, rename it back to "${SHEETS.audit}".` : '';
    return workbookError(
      SHEETS.audit,
      '',
      `There is no ${SHEETS.audit} sheet: it was renamed or deleted.${hint} Otherwise run Set up audit to create it (answers already given are only in a renamed sheet or in the workbook's version history).`,
    );
  },
  noHeader(sheet: string): AuditWorkbookError {
    return workbookError(
      sheet,
      'A1',
      `The ${sheet} sheet has no header row with "${CASE_ID}" near its top, so its cases cannot be found. Put the header "${CASE_ID}" above the column of case identifiers, or run Set up audit.`,
    );
  },
  unknownCase(sheet: string, caseId: string): AuditWorkbookError {
    return workbookError(
      sheet,
      '',
      `No row of the ${sheet} sheet has the Case ID "${caseId}". Check the Case ID column (it may have been changed or the row deleted), then choose the case again.`,
    );
  },
  duplicate(sheet: string, caseId: string, cells: readonly string[]): AuditWorkbookError {
    const where = cells.map((c) => `${sheet}!${c}`);
    const listed =
      where.length === 2
        ? `${where[0]} and ${where[1]}`
        : `${where.slice(0, -1).join(', ')} and ${where.at(-1)}`;
    return workbookError(
      sheet,
      cells[0] ?? '',
      `${listed} ${where.length === 2 ? 'both' : 'all'} hold case ${caseId}: give one of them a different Case ID. Nothing is saved to case ${caseId} until then, so no answer lands in the wrong row.`,
    );
  },
};
