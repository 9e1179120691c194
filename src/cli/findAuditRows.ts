import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/sheets/SheetData';
import { auditDamage } from '../excel/auditDamage';
import { findHeaderRow, headerNames } from '../excel/headerRow';
import { CASE_ID, SHEETS } from '../excel/workbookFormat';
import { parseArea } from '../xlsx/a1';
import { readSheetData, type Box } from './readSheetData';
import { WorkbookProblem } from './WorkbookProblem';

/** The Audit (or Escalations) data as read from a file: a header and the rows under it, with where they sit. */
export interface DataRows {
  readonly sheet: string;
  readonly header: readonly string[];
  /** 1-based worksheet row of the header and column of its first cell. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly rows: readonly { readonly row: number; readonly cells: readonly CellValue[] }[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The table of that name, wherever it is (the sheet may have been renamed), as a block of its sheet. */
function findTable(workbook: ExcelJS.Workbook, name: string): { sheet: ExcelJS.Worksheet; box: Box } | null {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables()) {
      const model = (table as unknown as { table: { name: string; tableRef?: string } }).table;
      if (!same(model.name, name) || model.tableRef === undefined) continue;
      const box = parseArea(model.tableRef);
      if (box !== null) return { sheet, box };
    }
  }
  return null;
}

/**
 * The rows of one of our data sheets, as docs/workbook-format.md says readers find them: the table named like
 * the sheet wherever it is, else a plain sheet of that name whose header is the first row holding "Case ID"
 * (on Audit, row 1 holds the question labels). null when there is neither.
 */
export function findDataRows(workbook: ExcelJS.Workbook, name: string): DataRows | null {
  const table = findTable(workbook, name);
  const sheet = table?.sheet ?? workbook.worksheets.find((s) => same(s.name, name));
  if (sheet === undefined) return null;
  const data = readSheetData(sheet, table?.box);
  const at = table === null ? findHeaderRow(data.rows, CASE_ID) : 0;
  if (at < 0) throw new WorkbookProblem(auditDamage.noHeader(sheet.name).issues);
  const firstRow = data.firstRow ?? 1;
  return {
    sheet: sheet.name,
    header: headerNames(data.rows[at]),
    headerRow: firstRow + at,
    firstColumn: data.firstColumn ?? 1,
    rows: data.rows.slice(at + 1).map((cells, i) => ({ row: firstRow + at + 1 + i, cells })),
  };
}

/** The Audit rows, or a problem saying there is no Audit sheet and what to do. */
export function findAuditRows(workbook: ExcelJS.Workbook): DataRows {
  const rows = findDataRows(workbook, SHEETS.audit);
  if (rows === null)
    throw new WorkbookProblem(auditDamage.noSheet(workbook.worksheets.map((s) => s.name)).issues);
  return rows;
}
