import { cellAddress } from '../sheets/cellAddress';
import type { CellValue } from '../sheets/SheetData';
import type {
  CellStyle,
  ReportChart,
  ReportLink,
  ReportSheet,
  ReportTable,
  StyledRange,
} from './ReportSheet';

/** Where a table landed: its header row and its data rows (1-based), for charts and links to point at. */
export interface PlacedTable {
  readonly name: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

const rangeOf = (r0: number, c0: number, r1: number, c1: number): string =>
  r0 === r1 && c0 === c1 ? cellAddress(r0, c0) : `${cellAddress(r0, c0)}:${cellAddress(r1, c1)}`;

/**
 * Lays a sheet out top to bottom. Sections ask for the next row; the builder keeps the addresses, so a
 * chart's range is computed from where its table really is rather than counted by hand.
 */
export class SheetBuilder {
  private readonly cells: CellValue[][] = [];
  private readonly styles: StyledRange[] = [];
  private readonly tables: ReportTable[] = [];
  private readonly charts: ReportChart[] = [];
  private readonly links: ReportLink[] = [];
  private readonly wrapped: string[] = [];
  /** The next free row (1-based); charts beside a table can push it further down. */
  row = 1;

  constructor(readonly name: string) {}

  /** One row of cells from column A, optionally styled across the cells given. */
  line(values: readonly CellValue[], style?: CellStyle): number {
    const at = this.row++;
    this.cells[at - 1] = [...values];
    if (style !== undefined && values.length > 0) this.style(at, 1, at, values.length, style);
    return at;
  }

  gap(rows = 1): void {
    this.row += rows;
  }

  style(r0: number, c0: number, r1: number, c1: number, style: CellStyle, numberFormat?: string): void {
    const range = rangeOf(r0, c0, r1, c1);
    this.styles.push(numberFormat === undefined ? { range, style } : { range, style, numberFormat });
  }

  /** Text in these cells wraps, top-aligned, rather than being cut at the next cell (ReportSheet.wrapped). */
  wrap(r0: number, c0: number, r1: number, c1: number): void {
    this.wrapped.push(rangeOf(r0, c0, r1, c1));
  }

  /** A table with a header row; a table needs at least one data row, so none are added for an empty body. */
  table(name: string, header: readonly string[], rows: readonly (readonly CellValue[])[]): PlacedTable {
    const headerRow = this.line(header, 'tableHeader');
    for (const r of rows) this.line(r);
    const lastRow = this.row - 1;
    if (rows.length > 0)
      this.tables.push({ name, range: `A${headerRow}:${cellAddress(lastRow, header.length)}` });
    return { name, headerRow, firstRow: headerRow + 1, lastRow };
  }

  chart(chart: ReportChart): void {
    this.charts.push(chart);
  }

  link(row: number, column: number, target: string): void {
    this.links.push({ cell: cellAddress(row, column), target });
  }

  build(columnWidths: readonly number[], freezeRows = 0): ReportSheet {
    const cells = Array.from({ length: this.cells.length }, (_, i) => this.cells[i] ?? []);
    return {
      name: this.name,
      cells,
      styles: this.styles,
      tables: this.tables,
      charts: this.charts,
      links: this.links,
      wrapped: this.wrapped,
      columnWidths,
      freezeRows,
    };
  }
}
