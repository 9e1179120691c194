import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/sheets/cellAddress';
import type { CellValue } from '../core/sheets/SheetData';
import { parseArea } from '../xlsx/a1';
import type { DataRows } from './findAuditRows';
import { WorkbookProblem } from './WorkbookProblem';

const blank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** What exceljs keeps of a table read from a file: enough to grow it by rewriting its ranges. */
export interface TableModel {
  name: string;
  tableRef?: string;
  autoFilterRef?: string;
  totalsRow?: boolean;
}

/** The loaded Audit table on the sheet (exceljs keeps its model as read), or null on a plain sheet. */
export function auditTable(ws: ExcelJS.Worksheet, headerRow: number, firstColumn: number): TableModel | null {
  for (const table of ws.getTables()) {
    const model = (table as unknown as { table: TableModel }).table;
    const box = model.tableRef === undefined ? null : parseArea(model.tableRef);
    if (box !== null && box.top === headerRow && box.left === firstColumn) return model;
  }
  return null;
}

/** The table's range (and its filter's) down to `bottom`, so rows written under it are inside it. */
export function growTable(table: TableModel, bottom: number): void {
  const box = parseArea(table.tableRef ?? '');
  if (box === null || bottom <= box.bottom) return;
  const ref = `${cellAddress(box.top, box.left)}:${cellAddress(bottom, box.right)}`;
  table.tableRef = ref;
  if (table.autoFilterRef !== undefined) table.autoFilterRef = ref;
}

/** New cases go under the last one: refuse rather than write over something someone put below the cases. */
export function checkRoomBelow(
  ws: ExcelJS.Worksheet,
  audit: DataRows,
  from: number,
  count: number,
  file: string,
): void {
  for (let r = from; r < from + count; r++)
    for (let c = audit.firstColumn; c < audit.firstColumn + audit.header.length; c++)
      if (!blank(ws.getCell(r, c).value as CellValue))
        throw new WorkbookProblem([
          {
            sheet: audit.sheet,
            cell: cellAddress(r, c),
            message: `In ${file}, ${cellAddress(r, c)} is under the last case of the ${audit.sheet} sheet and holds something, so the ${count} new cases cannot go there without writing over it. Move it away from under the cases, then merge again.`,
          },
        ]);
}

/** A new row looks like the one above: its styles and in-cell dropdowns, across the Audit's width. */
export function copyRowLook(ws: ExcelJS.Worksheet, from: number, to: number, audit: DataRows): void {
  for (let c = audit.firstColumn; c < audit.firstColumn + audit.header.length; c++) {
    // exceljs cells, not office.js proxies: nothing to load or sync (the office-addins rules do not tell them apart).
    const look: Pick<ExcelJS.Cell, 'style' | 'dataValidation'> | undefined = ws.findCell(from, c);
    if (look === undefined) continue;
    const { style, dataValidation } = look;
    const had: Pick<ExcelJS.Cell, 'dataValidation'> | undefined = ws.findCell(to, c);
    const cell = ws.getCell(to, c);
    cell.style = { ...style };
    // A dropdown over the whole column already covers the new cell; one set cell by cell is copied.
    if (dataValidation !== undefined && had?.dataValidation === undefined)
      cell.dataValidation = { ...dataValidation };
  }
}
