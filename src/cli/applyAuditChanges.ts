import type ExcelJS from 'exceljs';
import type { Answer } from '../core/cases/CaseEvaluation';
import type { Codec } from '../core/codec/createCodec';
import { caseKey } from '../core/sampling/caseKey';
import { cellAddress } from '../core/sheets/cellAddress';
import type { CellValue, SheetIssue } from '../core/sheets/SheetData';
import { formatForQuestion } from '../excel/auditColumns';
import { versionOf } from '../excel/caseCells';
import { findColumn } from '../excel/headerRow';
import { AUDITOR, CASE_ID, FORMAT, STATUS, VERSION } from '../excel/workbookFormat';
import { parseArea } from '../xlsx/a1';
import type { CombinedRow, MergePlan } from './combineAudits';
import type { AuditPlacement } from './placeAuditRows';
import { WorkbookProblem } from './WorkbookProblem';

const blank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

interface TableModel {
  name: string;
  tableRef?: string;
  autoFilterRef?: string;
  totalsRow?: boolean;
}

/** The loaded Audit table on the sheet (exceljs keeps its model as read), or null on a plain sheet. */
function auditTable(ws: ExcelJS.Worksheet, headerRow: number, firstColumn: number): TableModel | null {
  for (const table of ws.getTables()) {
    const model = (table as unknown as { table: TableModel }).table;
    const box = model.tableRef === undefined ? null : parseArea(model.tableRef);
    if (box !== null && box.top === headerRow && box.left === firstColumn) return model;
  }
  return null;
}

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
  const encode = (name: string, answer: Answer): { value: CellValue; format: string } => {
    const q = codec.byName.get(name)!;
    const value = q.encode(answer) ?? '';
    return { value, format: typeof value === 'string' ? FORMAT.text : formatForQuestion(q.question) };
  };
  const cellOf = (name: string, row: CombinedRow): { value: CellValue; format: string } =>
    name === CASE_ID
      ? { value: row.caseId.trim(), format: FORMAT.text }
      : name === AUDITOR
        ? { value: row.auditor, format: FORMAT.text }
        : name === STATUS
          ? { value: row.status, format: FORMAT.text }
          : encode(name, row.answers.get(name) ?? null);
  // Auditor and Status are the base's bookkeeping: a base without those columns does not track them.
  const kept = (row: CombinedRow, name: string, value: CellValue): boolean =>
    (name !== AUDITOR && name !== STATUS) ||
    (columnOf(name) > 0 && (row.addedFrom === null || !blank(value)));
  const writes = (row: CombinedRow): [string, { value: CellValue; format: string }][] =>
    (row.addedFrom === null ? [...row.changed] : [CASE_ID, AUDITOR, STATUS, ...row.answers.keys()])
      .map((name): [string, { value: CellValue; format: string }] => [name, cellOf(name, row)])
      .filter(([name, cell]) => kept(row, name, cell.value))
      .filter(([name, cell]) => row.addedFrom === null || name === CASE_ID || !blank(cell.value));
  const changed = plan.rows.filter((r) => r.addedFrom !== null || r.changed.size > 0);
  const planned = changed.map((row) => ({ row, cells: writes(row) }));
  checkColumns(audit.sheet, audit.headerRow, audit.firstColumn + audit.header.length, planned, columnOf);
  const put = (r: number, name: string, cell: { value: CellValue; format: string }) => {
    const target = ws.getCell(r, columnOf(name));
    target.numFmt = cell.format;
    target.value = blank(cell.value) ? null : cell.value;
  };
  const version = columnOf(VERSION);
  const table = auditTable(ws, audit.headerRow, audit.firstColumn);
  if (table?.totalsRow === true)
    throw new WorkbookProblem([
      {
        sheet: audit.sheet,
        cell: cellAddress(audit.headerRow, audit.firstColumn),
        message: `The ${audit.sheet} table of ${plan.base.file} has a Total row, under which new cases cannot go. Turn it off (Table Design > Total Row) in ${plan.base.file}, then merge again.`,
      },
    ]);
  const added = planned.filter((p) => p.row.addedFrom !== null).length;
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
  if (table !== null && bottom > parseArea(table.tableRef!)!.bottom) {
    const box = parseArea(table.tableRef!)!;
    const ref = `${cellAddress(box.top, box.left)}:${cellAddress(bottom, box.right)}`;
    table.tableRef = ref;
    if (table.autoFilterRef !== undefined) table.autoFilterRef = ref;
  }
}

/** New cases go under the last one: refuse rather than write over something someone put below the cases. */
function checkRoomBelow(
  ws: ExcelJS.Worksheet,
  audit: MergePlan['base']['audit'],
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
function copyRowLook(
  ws: ExcelJS.Worksheet,
  from: number,
  to: number,
  audit: MergePlan['base']['audit'],
): void {
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

/** A value with no column to go to would be lost: refuse, naming the column to add, before anything is changed. */
function checkColumns(
  sheet: string,
  headerRow: number,
  after: number,
  planned: readonly { row: CombinedRow; cells: readonly [string, { value: CellValue }][] }[],
  columnOf: (name: string) => number,
): void {
  const missing = new Set<string>();
  for (const { cells } of planned)
    for (const [name, cell] of cells) if (columnOf(name) < 0 && !blank(cell.value)) missing.add(name);
  if (missing.size === 0) return;
  const issues: SheetIssue[] = [...missing].map((name) => ({
    sheet,
    cell: cellAddress(headerRow, after),
    message: `The base's ${sheet} sheet has no "${name}" column, so answers merged into it would be lost. Add a column headed "${name}" to the base workbook (Set up audit in Excel adds it), then merge again.`,
  }));
  throw new WorkbookProblem(issues);
}
