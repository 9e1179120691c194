import { intersect, type Rect } from './Rect';
import type { SheetModel } from './SheetModel';
import type { TableModel } from './TableModel';
import type { WorkbookModel } from './WorkbookModel';

/**
 * Excel keeps table headers as unique, non-blank text: a blank header becomes "ColumnN", a repeated one
 * gets a number ("Name2"), a number becomes its text. Called after every write that touches a header row.
 */
export function normalizeHeaders(table: TableModel): void {
  const grid = table.sheet.grid;
  const r = table.headerRow;
  const used = new Set<string>();
  for (let c = table.rect.c0; c <= table.rect.c1; c++) {
    const raw = grid.value(r, c);
    let name = typeof raw === 'boolean' ? (raw ? 'TRUE' : 'FALSE') : String(raw);
    if (name === '') {
      let n = c - table.rect.c0 + 1;
      while (used.has(`column${n}`)) n++;
      name = `Column${n}`;
    }
    if (used.has(name.toLowerCase())) {
      let n = 2;
      while (used.has(`${name}${n}`.toLowerCase())) n++;
      name = `${name}${n}`;
    }
    used.add(name.toLowerCase());
    if (name !== raw || grid.formula(r, c) !== undefined) grid.setContent(r, c, { value: name });
  }
}

export function normalizeHeadersIn(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of wb.tablesOn(sheet)) {
    if (intersect(rect, { ...t.rect, r1: t.rect.r0 })) normalizeHeaders(t);
  }
}
