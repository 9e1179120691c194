import type ExcelJS from 'exceljs';
import { percentFormat } from '../core/report/percentCell';
import type { ReportSheet } from '../core/report/ReportSheet';
import type { CellValue } from '../core/sheets/SheetData';
import { parseArea } from '../xlsx/a1';
import { REPORT_FONTS } from './reportStyles';

/** The cells of an A1 range ("B5" or "A5:E7"), 1-based, row by row. */
function* cellsOf(range: string): Generator<[number, number]> {
  const area = parseArea(range);
  if (area === null) return;
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield [r, c];
}

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

/**
 * Writes one laid-out report sheet into the workbook copy: cells, tables, links, styles, widths and frozen
 * rows. Charts are added to the written file afterwards (addCharts), because exceljs cannot write them.
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet, decimals: number): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.freezeRows > 0 ? [{ state: 'frozen', ySplit: sheet.freezeRows }] : [],
  });
  sheet.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!blank(value)) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
  // Tables write their own cells, so they go first and links and styles on top of them.
  for (const table of sheet.tables) {
    const area = parseArea(table.range);
    if (area === null) continue;
    const { top, left } = area;
    const width = area.right - left + 1;
    const value = (r: number, c: number): CellValue => sheet.cells[r - 1]?.[c - 1] ?? null;
    const rows: CellValue[][] = [];
    for (let r = top + 1; r <= area.bottom; r++)
      rows.push(Array.from({ length: width }, (_, k) => value(r, left + k)));
    ws.addTable({
      name: table.name,
      ref: `${ws.getCell(top, left).address}`,
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: Array.from({ length: width }, (_, k) => ({
        name: String(value(top, left + k) ?? ''),
        filterButton: true,
      })),
      rows,
    });
  }
  for (const link of sheet.links) {
    const at = parseArea(link.cell);
    const shown = at === null ? null : (sheet.cells[at.top - 1]?.[at.left - 1] ?? null);
    ws.getCell(link.cell).value = {
      text: blank(shown) ? link.target : String(shown),
      hyperlink: link.target,
    };
  }
  for (const styled of sheet.styles) {
    const numFmt = styled.numberFormat ?? (styled.style === 'percent' ? percentFormat(decimals) : undefined);
    for (const [r, c] of cellsOf(styled.range)) {
      const cell = ws.getCell(r, c);
      cell.font = { ...REPORT_FONTS[styled.style] };
      if (numFmt !== undefined) cell.numFmt = numFmt;
    }
  }
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const range of sheet.wrapped ?? [])
    for (const [r, c] of cellsOf(range)) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'top' };
}
