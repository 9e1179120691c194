import { SimError } from '../SimError';
import { normalizeHeaders } from './tableHeaders';
import { assertAllowed } from './protection';
import { shiftRect, type Axis } from './Rect';
import type { SheetModel } from './SheetModel';
import type { TableModel } from './TableModel';
import type { WorkbookModel } from './WorkbookModel';

/**
 * Inserts (count > 0) or deletes (count < 0) entire rows or columns at `at`, moving everything that refers
 * to cells as Excel does: cells, formats, validations, tables (which grow, shrink or go) and chart series.
 */
export function shiftSheet(
  wb: WorkbookModel,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  const option = `allow${count > 0 ? 'Insert' : 'Delete'}${axis === 'rows' ? 'Rows' : 'Columns'}`;
  assertAllowed(sheet, option, count > 0 ? 'Range.insert' : 'Range.delete');
  const tables = wb.tablesOn(sheet);
  if (axis === 'rows' && count < 0) {
    for (const t of tables) {
      const gone = shiftRect(t.rect, axis, at, count);
      if (gone && at <= t.headerRow && t.headerRow < at - count) {
        throw new SimError('InvalidOperation', {
          location: 'Range.delete',
          statement: `Deleting row ${t.headerRow + 1} of "${sheet.name}" would remove the header row of table "${t.name}" but not the table; delete the table or keep its header row.`,
        });
      }
    }
  }
  sheet.grid.shift(axis, at, count);
  if (axis === 'rows' && count > 0 && at > 0) formatInsertedRows(wb, sheet, at, count);
  sheet.formats.shift(axis, at, count);
  sheet.validations = sheet.validations.flatMap((v) => {
    const moved = shiftRect(v.rect, axis, at, count);
    return moved ? [{ ...v, rect: moved }] : [];
  });
  for (const t of tables) shiftTable(wb, t, axis, at, count);
  for (const chart of wb.allCharts()) {
    for (const s of chart.series) {
      for (const key of ['values', 'xValues'] as const) {
        const ref = s[key];
        if (ref?.sheet !== sheet) continue;
        const moved = shiftRect(ref.rect, axis, at, count);
        if (moved) ref.rect = moved;
        else delete s[key];
      }
    }
  }
  wb.version++;
}

function shiftTable(wb: WorkbookModel, t: TableModel, axis: Axis, at: number, count: number): void {
  const old = t.rect;
  const moved = shiftRect(old, axis, at, count);
  if (!moved) {
    wb.tables = wb.tables.filter((x) => x !== t);
    return;
  }
  t.rect = moved;
  if (axis === 'rows') {
    // A table keeps one body row, even an empty one: the row below joins it.
    const minimum = t.rect.r0 + 1 + (t.showTotals ? 1 : 0);
    if (t.rect.r1 < minimum) t.rect = { ...t.rect, r1: minimum };
    return;
  }
  if (count > 0 && at > old.c0 && at <= old.c1) {
    const ids = Array.from({ length: count }, () => t.nextColumnId++);
    t.columnIds.splice(at - old.c0, 0, ...ids);
    normalizeHeaders(t);
  } else if (count < 0) {
    const from = Math.max(at, old.c0) - old.c0;
    const to = Math.min(at - count - 1, old.c1) - old.c0;
    if (to >= from) t.columnIds.splice(from, to - from + 1);
  }
}

/**
 * Inserted rows take the number formats of the row above, as Excel's Insert does. Where that row is a
 * table's header and the rows go into its body, the table's columns take the body row pushed down instead.
 */
function formatInsertedRows(wb: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  const grid = sheet.grid;
  grid.copyRowNumberFormats(at - 1, at, at + count - 1);
  for (const t of wb.tablesOn(sheet)) {
    if (t.headerRow === at - 1 && t.rect.r1 >= at)
      grid.copyRowNumberFormats(at + count, at, at + count - 1, t.rect.c0, t.rect.c1);
  }
}
