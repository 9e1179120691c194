import type { CellValue } from '../sheets/SheetData';

/**
 * A findings report as sheets of cells, tables and charts, independent of where it is written.
 * One layout, three writers: the Excel Findings/Data quality sheets (src/excel), the command line's .xlsx
 * copy (src/cli) and the board copy workbook. Laying out once is what keeps the three from drifting apart.
 */
export type CellStyle =
  'title' | 'subtitle' | 'heading' | 'tableHeader' | 'percent' | 'note' | 'link' | 'warning';

export interface StyledRange {
  /** A1 range on this sheet, e.g. "A1" or "A5:E5". */
  readonly range: string;
  readonly style: CellStyle;
  /**
   * Excel number format for the range, e.g. '0%' on percent cells. Percent cells hold fractions (0.68) so a
   * writer must set this for them to read as 68%.
   */
  readonly numberFormat?: string;
}

export interface ReportTable {
  /** Excel table name: unique in the workbook, letters, digits and underscores. */
  readonly name: string;
  /** A1 range including the header row. */
  readonly range: string;
}

export interface ReportChart {
  readonly name: string;
  readonly kind: 'bar' | 'column' | 'pie';
  readonly title: string;
  /** A1 range of the category labels on this sheet. */
  readonly categories: string;
  /** A1 range of the values on this sheet (one series). */
  readonly values: string;
  readonly seriesName: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  /** Alt text for screen readers: what the chart shows, in a sentence. */
  readonly altText: string;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface ReportLink {
  /** A1 address of the cell holding the link text. */
  readonly cell: string;
  /** Where it goes, e.g. "'Audit'!H12". */
  readonly target: string;
}

export interface ReportSheet {
  readonly name: string;
  /** Cells from A1, row by row; rows may be ragged (missing cells are blank). */
  readonly cells: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  readonly tables: readonly ReportTable[];
  readonly charts: readonly ReportChart[];
  readonly links: readonly ReportLink[];
  /**
   * A1 ranges whose text wraps within its column, aligned to the top: rows there grow to fit, as Excel sizes
   * a row of automatic height. For long text in a column other sections need narrow. Absent: none.
   */
  readonly wrapped?: readonly string[];
  /** Column widths in characters, from column A; missing ones are left as they are. */
  readonly columnWidths: readonly number[];
  /** Rows to freeze at the top (0: none). */
  readonly freezeRows: number;
}
