import type { Codec } from '../core/codec/createCodec';
import { caseKey } from '../core/sampling/caseKey';
import { cellAddress } from '../core/sheets/cellAddress';
import type { CellValue } from '../core/sheets/SheetData';
import { versionOf } from '../excel/caseCells';
import { findColumn } from '../excel/headerRow';
import { FORMAT, VERSION } from '../excel/workbookFormat';
import { auditTable, checkRoomBelow, copyRowLook, growTable } from './auditSheetRows';
import type { MergePlan } from './combineAudits';
import type { AuditPlacement } from './placeAuditRows';
import { plannedWrites, type CellWrite } from './plannedWrites';
import { WorkbookProblem } from './WorkbookProblem';

const blank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Writes the merge into the base's Audit sheet, with the rules of the pane's import (importAuditRows):
 * answers encoded by the question's codec, text as text ('@') and dates with the column's date format; a
 * filled row's Version goes up by one; new cases go under the last row (into the table's trailing blank rows
 * first), taking the formats and dropdowns of the row above, and the table grows to hold them.
 */
export function applyAuditChanges(plan: MergePlan, codec: Codec, placement: AuditPlacement): void {
  const { audit, workbook } = plan.base;
  const { rowOf, firstNewRow } = placement;
  const ws = workbook.getWorksheet(audit.sheet)!;
  const columnOf = (name: string): number => {
    const at = findColumn(audit.header, name);
    return at < 0 ? -1 : audit.firstColumn + at;
  };
  const planned = plannedWrites(plan, codec, columnOf);
  const put = (r: number, name: string, cell: CellWrite) => {
    const target = ws.getCell(r, columnOf(name));
    target.numFmt = cell.format;
    target.value = blank(cell.value) ? null : cell.value;
  };
  const version = columnOf(VERSION);
  const table = auditTable(ws, audit.headerRow, audit.firstColumn);
  const added = planned.filter((p) => p.row.addedFrom !== null).length;
  if (table?.totalsRow === true && added > 0)
    throw new WorkbookProblem([
      {
        sheet: audit.sheet,
        cell: cellAddress(audit.headerRow, audit.firstColumn),
        message: `The ${audit.sheet} table of ${plan.base.file} has a Total row, under which new cases cannot go. Turn it off (Table Design > Total Row) in ${plan.base.file}, then merge again.`,
      },
    ]);
  checkRoomBelow(ws, audit, firstNewRow, added, plan.base.file);
  const template = firstNewRow - 1 > audit.headerRow ? firstNewRow - 1 : null;
  let bottom = firstNewRow - 1;
  for (const { row, cells } of planned) {
    const r = rowOf.get(caseKey(row.caseId))!;
    if (row.addedFrom !== null) bottom = Math.max(bottom, r);
    if (row.addedFrom !== null && template !== null) copyRowLook(ws, template, r, audit);
    for (const [name, cell] of cells) put(r, name, cell);
    if (version > 0) {
      const now = versionOf(ws.getCell(r, version).value as CellValue);
      put(r, VERSION, { value: row.addedFrom === null ? now + 1 : 0, format: FORMAT.whole });
    }
  }
  if (table !== null) growTable(table, bottom);
}
