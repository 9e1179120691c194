import { SimError } from '../SimError';
import { formatAddress } from './address';
import { normalizeHeaders } from './tableHeaders';
import { assertContentsEditable } from './protection';
import { intersect, type Rect } from './Rect';
import type { SheetModel } from './SheetModel';
import { TableModel } from './TableModel';
import type { WorkbookModel } from './WorkbookModel';
import { checkShape, writeContents } from './writeCells';

/** Excel's rule for table names. */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) {
    return `"${name}" is not a valid table name: start with a letter or underscore and use only letters, digits, "." and "_" (no spaces)`;
  }
  if (name.length > 255) return `"${name}" is longer than 255 characters`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) {
    return `"${name}" looks like a cell reference; choose another table name`;
  }
  return undefined;
}

export function checkTableName(
  wb: WorkbookModel,
  name: string,
  self: TableModel | undefined,
  location: string,
): void {
  const problem = tableNameProblem(name);
  if (problem) throw new SimError('InvalidArgument', { location, statement: problem });
  const clash = wb.findTable(name);
  if (clash && clash !== self) {
    throw new SimError('ItemAlreadyExists', {
      location,
      statement: `A table named "${clash.name}" already exists in this workbook (on "${clash.sheet.name}"); table names are workbook-wide.`,
    });
  }
}

export function assertNoOverlap(
  wb: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  self: TableModel | undefined,
  location: string,
): void {
  for (const t of wb.tablesOn(sheet)) {
    if (t !== self && intersect(t.rect, rect)) {
      throw new SimError('InvalidOperation', {
        message: "A table can't overlap a range that contains another table.",
        location,
        statement: `${formatAddress(sheet.name, rect)} overlaps table "${t.name}" (${formatAddress(sheet.name, t.rect)}).`,
      });
    }
  }
}

/** TableCollection.add: the first row is the header; without one, Excel pushes the data down and adds "Column1".. */
export function addTable(wb: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  const location = 'TableCollection.add';
  assertNoOverlap(wb, sheet, rect, undefined, location);
  assertContentsEditable(sheet, rect, location);
  let r = rect;
  if (!hasHeaders) {
    sheet.grid.shiftCellsDown(rect.r0, rect.c0, rect.c1, 1);
    r = { ...rect, r1: rect.r1 + 1 };
  }
  if (r.r1 === r.r0) r = { ...r, r1: r.r0 + 1 };
  let n = wb.tables.length + 1;
  while (wb.findTable(`Table${n}`)) n++;
  const table = new TableModel(wb.newTableId(), `Table${n}`, sheet, r);
  wb.tables.push(table);
  normalizeHeaders(table);
  wb.version++;
  return table;
}

/** Whether the table's body is one row with nothing in it: the placeholder Excel fills on the first rows.add. */
function bodyIsPlaceholder(t: TableModel): boolean {
  if (t.bodyRowCount !== 1) return false;
  const r = t.bodyRect.r0;
  for (let c = t.rect.c0; c <= t.rect.c1; c++)
    if (t.sheet.grid.value(r, c) !== '' || t.sheet.grid.formula(r, c)) return false;
  return true;
}

/** Moves validations that span a table column's whole body when its body grows or shrinks, as Excel extends them. */
function stretchColumnValidations(t: TableModel, oldBody: Rect, delta: number): void {
  for (const v of t.sheet.validations) {
    const spansBody =
      v.rect.r0 === oldBody.r0 && v.rect.r1 >= oldBody.r1 && v.rect.c0 >= t.rect.c0 && v.rect.c1 <= t.rect.c1;
    if (spansBody) v.rect = { ...v.rect, r1: Math.max(v.rect.r0, v.rect.r1 + delta) };
  }
}

/** TableRowCollection.add: inserts rows into the table (shifting cells below it in its columns). Returns the first row's index. */
export function addTableRows(
  wb: WorkbookModel,
  t: TableModel,
  index: number | undefined,
  values: unknown,
): number {
  const location = 'TableRowCollection.add';
  const rows = Array.isArray(values) ? values.length : 1;
  if (rows === 0) throw new SimError('InvalidArgument', { location, statement: 'No rows to add.' });
  const body = t.bodyRect;
  const at = index === undefined || index === -1 ? t.bodyRowCount : index;
  if (!Number.isInteger(at) || at < 0 || at > t.bodyRowCount) {
    throw new SimError('InvalidArgument', {
      location,
      statement: `Row index ${index} is outside 0..${t.bodyRowCount} of table "${t.name}".`,
    });
  }
  const placeholder = bodyIsPlaceholder(t);
  const start = placeholder ? body.r0 : body.r0 + at;
  const count = placeholder ? rows - 1 : rows;
  // Excel checks the values against the table's width before it adds anything: rows of another width (a
  // column inserted or deleted since they were made) fail the call with no row added.
  if (values !== undefined && values !== null)
    checkShape(t.sheet, { r0: start, c0: t.rect.c0, r1: start + rows - 1, c1: t.rect.c1 }, values, location);
  assertContentsEditable(t.sheet, { ...t.rect, r0: start, r1: start + rows - 1 }, location);
  if (count > 0) {
    const first = placeholder ? start + 1 : start;
    const grid = t.sheet.grid;
    grid.shiftCellsDown(first, t.rect.c0, t.rect.c1, count);
    t.rect = { ...t.rect, r1: t.rect.r1 + count };
    stretchColumnValidations(t, body, count);
    // The new cells start empty and formatted like the body row above them (a date column stays dates);
    // rows added on top of the body take the format of the row they pushed down, never the header's.
    const added = { r0: first, c0: t.rect.c0, r1: first + count - 1, c1: t.rect.c1 };
    grid.clearContents(added);
    grid.clearHyperlinks(added);
    const from = first > body.r0 ? first - 1 : first + count;
    grid.copyRowNumberFormats(from, added.r0, added.r1, added.c0, added.c1);
  }
  const target = { r0: start, c0: t.rect.c0, r1: start + rows - 1, c1: t.rect.c1 };
  if (values !== undefined && values !== null) writeContents(wb, t.sheet, target, values, location);
  wb.version++;
  return start - t.bodyRect.r0;
}

/** Deletes body rows [index, index+count) and shifts the cells below up; a table keeps one (empty) body row. */
export function deleteTableRows(wb: WorkbookModel, t: TableModel, index: number, count: number): void {
  const location = 'TableRowCollection.deleteRows';
  if (!Number.isInteger(index) || index < 0 || count < 1 || index + count > t.bodyRowCount) {
    throw new SimError('InvalidArgument', {
      location,
      statement: `Rows ${index}..${index + count - 1} are not all in table "${t.name}".`,
    });
  }
  const body = t.bodyRect;
  const r0 = body.r0 + index;
  assertContentsEditable(t.sheet, { ...t.rect, r0, r1: r0 + count - 1 }, location);
  const keepOne = count === t.bodyRowCount;
  const removed = keepOne ? count - 1 : count;
  if (keepOne) t.sheet.grid.clearContents({ ...t.rect, r0: body.r0, r1: body.r0 });
  if (removed > 0) {
    t.sheet.grid.shiftCellsUp(keepOne ? body.r0 + 1 : r0, t.rect.c0, t.rect.c1, removed);
    t.rect = { ...t.rect, r1: t.rect.r1 - removed };
    stretchColumnValidations(t, body, -removed);
  }
  wb.version++;
}

/** TableColumnCollection.add: a column at index (end when undefined), values including the header unless name is given. */
export function addTableColumn(
  wb: WorkbookModel,
  t: TableModel,
  index: number | undefined,
  values: unknown,
  name: string | undefined,
): number {
  const location = 'TableColumnCollection.add';
  const width = t.rect.c1 - t.rect.c0 + 1;
  const at = index === undefined || index === -1 ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) {
    throw new SimError('InvalidArgument', {
      location,
      statement: `Column index ${index} is outside 0..${width} of table "${t.name}".`,
    });
  }
  const height = t.rect.r1 - t.rect.r0 + 1;
  let column: unknown[][] | undefined;
  if (Array.isArray(values)) {
    const rows = values as unknown[][];
    if (rows.length === height) column = rows;
    else if (rows.length === height - 1 && name !== undefined) column = [[name], ...rows];
    else {
      throw new SimError('InvalidArgument', {
        message:
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        location,
        statement: `Table "${t.name}" has ${height} rows including its header; the new column's values have ${rows.length}.`,
      });
    }
  } else if (values !== undefined && values !== null) {
    column = Array.from({ length: height }, (_, i) => [i === 0 ? (name ?? '') : values]);
  }
  const c = t.rect.c0 + at;
  assertContentsEditable(t.sheet, { ...t.rect, c0: c, c1: c }, location);
  t.sheet.grid.shiftCellsRight(c, t.rect.r0, t.rect.r1, 1);
  t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
  t.columnIds.splice(at, 0, t.nextColumnId++);
  const target = { r0: t.rect.r0, c0: c, r1: t.rect.r1, c1: c };
  if (column) writeContents(wb, t.sheet, target, column, location);
  if (name !== undefined) t.sheet.grid.setContent(t.rect.r0, c, { value: name });
  normalizeHeaders(t);
  wb.version++;
  return at;
}

/** Table.resize: same header row, must overlap the old range; columns keep their ids where they stay. */
export function resizeTable(wb: WorkbookModel, t: TableModel, rect: Rect): void {
  const location = 'Table.resize';
  if (rect.r0 !== t.rect.r0 || !intersect(rect, t.rect) || rect.r1 <= rect.r0) {
    throw new SimError('InvalidArgument', {
      location,
      statement: `Table "${t.name}" can be resized only to a range that keeps its header on row ${t.rect.r0 + 1}, overlaps it and has a body row.`,
    });
  }
  assertNoOverlap(wb, t.sheet, rect, t, location);
  const ids: number[] = [];
  for (let c = rect.c0; c <= rect.c1; c++) {
    const old = c - t.rect.c0;
    ids.push(old >= 0 && old < t.columnIds.length ? t.columnIds[old]! : t.nextColumnId++);
  }
  t.columnIds = ids;
  t.rect = rect;
  normalizeHeaders(t);
  wb.version++;
}

export function setShowTotals(wb: WorkbookModel, t: TableModel, show: boolean): void {
  if (show === t.showTotals) return;
  if (show) {
    t.rect = { ...t.rect, r1: t.rect.r1 + 1 };
    t.sheet.grid.setContent(t.rect.r1, t.rect.c0, { value: 'Total' });
  } else {
    t.sheet.grid.clearContents({ ...t.rect, r0: t.rect.r1 });
    t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
  }
  t.showTotals = show;
  wb.version++;
}

/** Table.delete removes the table and its cells' contents; convertToRange keeps the contents. */
export function removeTable(wb: WorkbookModel, t: TableModel, keepContents: boolean): void {
  if (!keepContents) {
    assertContentsEditable(t.sheet, t.rect, 'Table.delete');
    t.sheet.grid.clearContents(t.rect);
  }
  wb.tables = wb.tables.filter((x) => x !== t);
  wb.version++;
}
