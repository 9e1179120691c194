import type { EscalationRow } from '../../core/report/EscalationRow';
import type { CellValue } from '../../core/sheets/SheetData';
import { caseIdText } from '../locateCase';
import { CASE_ID, SHEETS, STATUS } from '../workbookFormat';

/**
 * Queues a read of the Escalations table's Case ID and Status columns only: the reasons and responses are
 * free text the summary never prints, so they are not even read. Undefined when there is no such table.
 */
export function queueEscalations(context: Excel.RequestContext): () => EscalationRow[] | undefined {
  const table = context.workbook.tables.getItemOrNullObject(SHEETS.escalations);
  table.load('name');
  const column = (name: string): Excel.Range =>
    table.columns.getItemOrNullObject(name).getDataBodyRange().load('values');
  const ids = column(CASE_ID);
  const statuses = column(STATUS);
  return () => {
    // Read by the caller after the sync that carried these loads.
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (table.isNullObject) return undefined;
    const idCells = (ids.isNullObject ? [] : ids.values) as CellValue[][];
    const statusCells = (statuses.isNullObject ? [] : statuses.values) as CellValue[][];
    const rows: EscalationRow[] = [];
    for (let i = 0; i < Math.max(idCells.length, statusCells.length); i++) {
      const caseId = caseIdText(idCells[i]?.[0]);
      const status = String(statusCells[i]?.[0] ?? '');
      if (caseId !== '' || status !== '') rows.push({ caseId, status });
    }
    return rows;
  };
}
