import type { SheetModel } from './SheetModel';
import type { Rect } from './Rect';

/** An Excel table: header row (always shown here), body rows, optional totals row. */
export class TableModel {
  showTotals = false;
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  /** Stable column ids in column order: Excel's TableColumn.id survives renames and moves. */
  columnIds: number[];
  nextColumnId: number;

  constructor(
    readonly id: number,
    public name: string,
    public sheet: SheetModel,
    /** The whole table, header and totals included. */
    public rect: Rect,
  ) {
    const n = rect.c1 - rect.c0 + 1;
    this.columnIds = Array.from({ length: n }, (_, i) => i + 1);
    this.nextColumnId = n + 1;
  }

  get headerRow(): number {
    return this.rect.r0;
  }

  /** Body rows (Excel always keeps at least one, even when empty). */
  get bodyRect(): Rect {
    return { ...this.rect, r0: this.rect.r0 + 1, r1: this.rect.r1 - (this.showTotals ? 1 : 0) };
  }

  get bodyRowCount(): number {
    return this.bodyRect.r1 - this.bodyRect.r0 + 1;
  }

  columnNames(): string[] {
    const names: string[] = [];
    for (let c = this.rect.c0; c <= this.rect.c1; c++)
      names.push(String(this.sheet.grid.value(this.rect.r0, c)));
    return names;
  }
}
