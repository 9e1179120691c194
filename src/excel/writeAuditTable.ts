import type { SheetIssue } from '../core/sheets/SheetData';
import { type AuditColumn, listSource, planColumns } from './auditColumns';
import { isExcelDefaultWidth, LABEL_ROW_HEIGHT } from './auditWidths';
import { filled, setDropdown, writeLiteral } from './cellWrites';
import { findColumn } from './headerRow';
import { blockAddress, qualifiedAddress } from './qualifiedAddress';
import type { TableState } from './tableState';
import { cellAddress } from '../core/sheets/cellAddress';
import { AUDIT_HEADER_ROW, CASE_ID, SHEETS } from './workbookFormat';

export interface AuditWriteResult {
  readonly added: readonly string[];
  readonly retired: readonly string[];
  readonly issues: readonly SheetIssue[];
  readonly created: boolean;
}

/**
 * Queues what makes the Audit sheet match the question set: creates it, or turns a plain range back into
 * the table, adds missing columns at the end (never moves or deletes one: answers stay where they are),
 * and (re)applies labels, formats of new columns, dropdowns and frozen panes. Widths are set on new
 * columns and on columns still at Excel's default width; `widths` holds the existing columns' widths
 * (points, from the table's first column), null when none were read. Row 1's height only on a new sheet.
 */
export function writeAuditTable(
  context: Excel.RequestContext,
  state: TableState,
  columns: readonly AuditColumn[],
  widths: readonly number[] | null = null,
): AuditWriteResult {
  const fresh = state.kind === 'absent' || state.empty;
  if (!fresh && state.headerRow < 0) {
    const issue = `The ${state.sheet} sheet has no "${CASE_ID}" header, so its rows cannot be told apart. Put "${CASE_ID}" above the column of case identifiers (or rename this sheet), then set up again.`;
    return {
      added: [],
      retired: [],
      created: false,
      issues: [{ sheet: state.sheet, cell: '', message: issue }],
    };
  }
  const existing = fresh ? [] : state.header;
  if (!fresh && state.dataRows > 0 && findColumn(existing, CASE_ID) < 0) {
    const where = cellAddress(state.headerRow + 1, state.firstColumn + 1);
    const issue = `The ${state.sheet} table has no "${CASE_ID}" column (renamed or deleted?), so no answer can be matched to its case. Rename the column of case identifiers back to "${CASE_ID}" (header row from ${state.sheet}!${where}), then set up again.`;
    return {
      added: [],
      retired: [],
      created: false,
      issues: [{ sheet: state.sheet, cell: where, message: issue }],
    };
  }
  const plan = planColumns(columns, existing);
  const sheet =
    state.kind === 'absent'
      ? context.workbook.worksheets.add(SHEETS.audit)
      : context.workbook.worksheets.getItem(state.sheet);
  let headerRow = fresh ? AUDIT_HEADER_ROW - 1 : state.headerRow;
  const firstColumn = fresh ? 0 : state.firstColumn;
  let newLabelRow = fresh;
  if (headerRow === 0) {
    // The labels need the row above the header.
    sheet.getRange('1:1').insert('Down');
    headerRow = 1;
    newLabelRow = true;
  }
  const dataRows = Math.max(1, fresh ? 1 : state.dataRows);
  const width = existing.length + plan.add.length;
  const at = (name: string): number => {
    const old = findColumn(existing, name);
    return firstColumn + (old >= 0 ? old : existing.length + plan.add.findIndex((c) => c.name === name));
  };

  if (state.kind === 'table') {
    const table = context.workbook.tables.getItem(state.name);
    for (const column of plan.add) table.columns.add(undefined, undefined, column.name);
  } else {
    if (plan.add.length > 0) {
      const names = [plan.add.map((c) => c.name)];
      writeLiteral(
        sheet.getRangeByIndexes(headerRow, firstColumn + existing.length, 1, plan.add.length),
        names,
      );
    }
    const address = blockAddress(headerRow, firstColumn, dataRows + 1, width);
    context.workbook.tables.add(qualifiedAddress(state.sheet, address), true).name = SHEETS.audit;
  }

  for (const column of plan.add) {
    const body = sheet.getRangeByIndexes(headerRow + 1, at(column.name), dataRows, 1);
    body.numberFormat = filled(dataRows, 1, column.numberFormat);
  }
  const issues: SheetIssue[] = [];
  for (const column of columns) {
    if (column.list === null) continue;
    const source = listSource(column.list);
    const body = sheet.getRangeByIndexes(headerRow + 1, at(column.name), dataRows, 1);
    if (source !== null) setDropdown(body, source);
    else {
      const cell = cellAddress(headerRow + 1, at(column.name) + 1);
      issues.push({
        sheet: state.sheet,
        cell,
        message: `No dropdown on ${state.sheet}!${cell} (${column.name}): its choice labels hold a comma or are longer than Excel's 255-character list. Type a label exactly, or answer in the task pane.`,
      });
    }
  }
  for (const column of columns) {
    const label = sheet.getRangeByIndexes(headerRow - 1, at(column.name), 1, 1);
    writeLiteral(label, [[column.label]]);
  }
  const labels = sheet.getRangeByIndexes(headerRow - 1, firstColumn, 1, width);
  labels.format.wrapText = true;
  labels.format.font.italic = true;
  // A label longer than the row shows its beginning, not its last lines.
  labels.format.verticalAlignment = 'Top';
  // Excel cannot tell us whether a person set row 1's height, so it is set only on a row setup made.
  if (newLabelRow) labels.format.rowHeight = LABEL_ROW_HEIGHT;
  for (const column of columns) {
    const old = findColumn(existing, column.name);
    if (old >= 0 && !isExcelDefaultWidth(widths?.[old])) continue;
    sheet.getRangeByIndexes(headerRow, at(column.name), 1, 1).format.columnWidth = column.width;
  }
  sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, headerRow + 1, at(CASE_ID) + 1));
  return {
    added: plan.add.map((c) => c.name),
    retired: plan.retired,
    issues,
    created: state.kind === 'absent',
  };
}
