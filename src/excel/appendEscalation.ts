import type { Escalation } from '../core/cases/CaseStore';
import type { CellValue } from '../core/sheets/SheetData';
import { workbookError } from './AuditWorkbookError';
import type { ExcelHost } from './ExcelHost';
import { findCaseRow } from './findCaseRow';
import { findColumn, headerNames } from './headerRow';
import { serialFromLocalTime } from './savedAt';
import { CASE_ID, ESCALATION_OPEN, FORMAT, SHEETS, STATUS } from './workbookFormat';

const isBlank = (row: readonly CellValue[]): boolean => row.every((c) => c === null || c === '');

/**
 * Appends an escalation row (three round trips: find the case, read the Escalations table, write). The
 * case must exist once in Audit, so an escalation never names a case nobody can find. Free text (reason,
 * agreed with) is written as text, never as a formula.
 */
export async function appendEscalation(
  host: ExcelHost,
  caseId: string,
  escalation: Escalation,
  now: () => Date,
): Promise<void> {
  if (escalation.reason.trim() === '') {
    throw workbookError(
      SHEETS.escalations,
      '',
      `An escalation needs a reason: say what the safeguarding concern about case ${caseId} is.`,
    );
  }
  await host.run(async (context) => {
    const { read } = await findCaseRow(context, caseId);
    const name = read.tableNames.find((t) => t.toLowerCase() === SHEETS.escalations.toLowerCase());
    if (name === undefined) {
      throw workbookError(
        SHEETS.escalations,
        '',
        `There is no ${SHEETS.escalations} table, so the escalation for case ${caseId} was NOT recorded. Run Set up audit to restore it, then escalate again (and tell the manager directly if it is urgent).`,
      );
    }
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const body = table.getDataBodyRange().load('values');
    const sheet = table.worksheet.load('name');
    await context.sync();
    const names = headerNames(header.values[0] as CellValue[]);
    if (findColumn(names, CASE_ID) < 0) {
      throw workbookError(
        sheet.name,
        '',
        `The ${sheet.name} table has no "${CASE_ID}" column, so the escalation for case ${caseId} was NOT recorded. Rename its first column back to "${CASE_ID}", then escalate again.`,
      );
    }
    const rows = body.values as CellValue[][];
    // A new table's single empty row is there to be filled, not to be skipped.
    const reuse = rows.length === 1 && isBlank(rows[0]!);
    if (!reuse) table.rows.add(undefined, [names.map(() => '')]);
    const serial = serialFromLocalTime(now());
    const byColumn: Record<string, CellValue> = {
      [CASE_ID.toLowerCase()]: caseId,
      'raised by': escalation.raisedBy,
      'raised at': serial,
      reason: escalation.reason,
      'agreed with': escalation.agreedWith,
      [STATUS.toLowerCase()]: ESCALATION_OPEN,
    };
    const values = names.map((n) => byColumn[n.toLowerCase()] ?? '');
    const target = context.workbook.worksheets
      .getItem(sheet.name)
      .getRangeByIndexes(
        header.rowIndex + 1 + (reuse ? 0 : rows.length),
        header.columnIndex,
        1,
        names.length,
      );
    target.numberFormat = [values.map((v) => (typeof v === 'number' ? FORMAT.dateTime : FORMAT.text))];
    target.values = [values];
    await context.sync();
  });
}
