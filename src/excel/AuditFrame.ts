import type { CellValue } from '../core/sheets/SheetData';
import { cellAddress } from '../core/sheets/cellAddress';
import { findColumn } from './headerRow';
import { SHEETS } from './workbookFormat';

/**
 * Where the Audit data sits, as read in this round trip. Positions are 0-based worksheet indexes; a data
 * index is 0 for the first row under the header. In table mode, cells are addressed through the table's
 * columns by name, so a column moved by a co-author between our read and our write is still found.
 */
export class AuditFrame {
  constructor(
    readonly mode: 'table' | 'plain',
    readonly sheet: string,
    readonly headerRow: number,
    readonly firstColumn: number,
    readonly header: readonly string[],
  ) {}

  has(name: string): boolean {
    return findColumn(this.header, name) >= 0;
  }

  /** A1 address of a column's cell on a data row (for messages). */
  address(name: string, index: number): string {
    return cellAddress(this.headerRow + 2 + index, this.firstColumn + findColumn(this.header, name) + 1);
  }

  /** A column's header as read (e.g. "case id" for CASE_ID), the name Excel knows the table column by. */
  headerOf(name: string): string {
    return this.header[findColumn(this.header, name)] ?? name;
  }

  /** The 1-cell range of a column on a data row, for writing. */
  cell(context: Excel.RequestContext, name: string, index: number): Excel.Range {
    if (this.mode === 'table') {
      return context.workbook.tables
        .getItem(SHEETS.audit)
        .columns.getItem(this.headerOf(name))
        .getDataBodyRange()
        .getCell(index, 0);
    }
    const column = this.firstColumn + findColumn(this.header, name);
    return context.workbook.worksheets
      .getItem(this.sheet)
      .getRangeByIndexes(this.headerRow + 1 + index, column, 1, 1);
  }

  /** A whole data row across the header's width, for reading one case. */
  row(context: Excel.RequestContext, index: number): Excel.Range {
    if (this.mode === 'table')
      return context.workbook.tables.getItem(SHEETS.audit).getDataBodyRange().getRow(index);
    const sheet = context.workbook.worksheets.getItem(this.sheet);
    return sheet.getRangeByIndexes(this.headerRow + 1 + index, this.firstColumn, 1, this.header.length);
  }

  /** The value of a named column in a row read by `row`. */
  pick(row: readonly CellValue[], name: string): CellValue {
    const at = findColumn(this.header, name);
    return at < 0 ? null : (row[at] ?? null);
  }
}
