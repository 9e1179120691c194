import type ExcelJS from 'exceljs';
import type { AuditCaseRow, PlanningRecords } from '../core/report/PlanningRecords';
import { statusOf, textOf } from '../excel/caseCells';
import { planningRecordsOf } from '../excel/findings/planningRecordsOf';
import { findColumn, headerNames } from '../excel/headerRow';
import { caseIdText } from '../excel/locateCase';
import type { LogTable } from '../excel/planning/logTable';
import { PLANNING_SHEETS, tableNameOf } from '../excel/planning/planningFormat';
import { AUDITOR, CASE_ID, STATUS } from '../excel/workbookFormat';
import type { DataRows } from './findAuditRows';
import { readSheetData } from './readSheetData';

/**
 * A planning sheet of a saved workbook as the add-in reads its table: the header on the first used row,
 * the rows under it. Absent when there is no such sheet, so the report says so rather than counting zero.
 */
export function readLog(workbook: ExcelJS.Workbook, sheet: string): LogTable {
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  const absent: LogTable = {
    kind: 'absent',
    table: tableNameOf(sheet),
    sheet,
    header: [],
    rows: [],
    headerRow: 0,
    firstColumn: 0,
  };
  if (ws === undefined) return absent;
  const data = readSheetData(ws);
  return {
    kind: 'table',
    table: tableNameOf(sheet),
    sheet: ws.name,
    header: headerNames(data.rows[0]),
    rows: data.rows.slice(1),
    headerRow: (data.firstRow ?? 1) - 1,
    firstColumn: (data.firstColumn ?? 1) - 1,
  };
}

/**
 * The Samples and Not audited sheets and each Audit row's status and auditor, for Sample and coverage and
 * Progress, read with the same rules as Refresh findings (src/excel/findings/planningRecordsOf). Undefined
 * when the Audit sheet has no Status column: there is no progress to report.
 */
export function readPlanningTables(workbook: ExcelJS.Workbook, audit: DataRows): PlanningRecords | undefined {
  const idAt = findColumn(audit.header, CASE_ID);
  const statusAt = findColumn(audit.header, STATUS);
  const auditorAt = findColumn(audit.header, AUDITOR);
  if (idAt < 0 || statusAt < 0) return undefined;
  const cases: AuditCaseRow[] = [];
  for (const { cells } of audit.rows) {
    const id = caseIdText(cells[idAt]);
    if (id === '') continue;
    const auditor = auditorAt < 0 ? '' : textOf(cells[auditorAt]).trim();
    cases.push({ id, status: statusOf(cells[statusAt]), auditor });
  }
  return planningRecordsOf(
    cases,
    readLog(workbook, PLANNING_SHEETS.samples),
    readLog(workbook, PLANNING_SHEETS.notAudited),
  );
}
