import type { ReportChart, ReportSheet } from '../../core/report/ReportSheet';
import { cellAddress, columnLetters } from '../../core/sheets/cellAddress';
import { applyStyle } from './cellStyles';
import { cellFormats } from './cellFormats';
import { matrixBytes, type WritePlan } from './WritePlan';

/** What is on the sheet now, from an earlier refresh, to be removed first. */
export interface ExistingSheet {
  readonly exists: boolean;
  readonly tables: readonly string[];
  readonly charts: readonly string[];
}

/** Rows per values operation: big sheets go in pieces so the plan can spread them over round trips. */
export const ROWS_PER_BLOCK = 5000;
/** Points per character of column width (Calibri 11: 8.43 characters is 48 points). */
const POINTS_PER_CHAR = 5.7;

const CHART_TYPES = { bar: 'BarClustered', column: 'ColumnClustered', pie: 'Pie' } as const;

export function linkFormula(target: string, text: string): string {
  const q = (s: string): string => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(target)}","${q(text)}")`;
}

/**
 * Plans the writes of one laid-out sheet: empty it (tables, charts, contents, formats, frozen panes), then
 * number formats, values, styles, tables, charts, widths, wrapping and frozen rows, in that order (a table takes its
 * header from the cells; a chart reads the table). Links are HYPERLINK formulas written with the values, so
 * 50,000 of them cost one operation rather than one each.
 */
export function planReportSheet(plan: WritePlan, sheet: ReportSheet, existing: ExistingSheet): void {
  const ws = (context: Excel.RequestContext): Excel.Worksheet =>
    context.workbook.worksheets.getItem(sheet.name);
  plan.add(0, (context) => {
    if (!existing.exists) {
      context.workbook.worksheets.add(sheet.name);
      return;
    }
    const w = ws(context);
    // The used range, not the whole sheet: Excel's used range includes formatted cells, and clearing a
    // million rows costs Excel (and the simulator) far more than clearing what is there. Cleared before the
    // tables go, while their cells still count as used.
    w.getUsedRangeOrNullObject().clear('All');
    for (const t of existing.tables) w.tables.getItem(t).delete();
    for (const c of existing.charts) w.charts.getItem(c).delete();
    w.freezePanes.unfreeze();
  });
  for (const run of cellFormats(sheet)) {
    const address = `${columnLetters(run.column)}${run.r0}:${columnLetters(run.column)}${run.r1}`;
    plan.add(run.format.length, (context) => {
      // A single format applies to every cell of the range (office.js accepts a scalar here).
      ws(context).getRange(address).numberFormat = run.format as unknown as string[][];
    });
  }
  const links = new Map(sheet.links.map((l) => [l.cell, l.target]));
  for (let start = 0; start < sheet.cells.length; start += ROWS_PER_BLOCK) {
    const rows = sheet.cells.slice(start, start + ROWS_PER_BLOCK);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const matrix = rows.map((row, i) =>
      Array.from({ length: width }, (_, c) => {
        const v = row[c] ?? '';
        const target = links.get(cellAddress(start + i + 1, c + 1));
        return target === undefined ? v : linkFormula(target, String(v));
      }),
    );
    const address = `A${start + 1}:${cellAddress(start + rows.length, width)}`;
    plan.add(matrixBytes(matrix), (context) => {
      ws(context).getRange(address).formulas = matrix;
    });
  }
  for (const s of sheet.styles) plan.add(0, (context) => applyStyle(ws(context).getRange(s.range), s.style));
  for (const t of sheet.tables)
    plan.add(t.name.length, (context) => {
      ws(context).tables.add(t.range, true).name = t.name;
    });
  for (const chart of sheet.charts)
    plan.add(chart.altText.length + 200, (context) => addChart(ws(context), chart));
  sheet.columnWidths.forEach((chars, i) => {
    const letter = columnLetters(i + 1);
    plan.add(0, (context) => {
      ws(context).getRange(`${letter}:${letter}`).format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
    });
  });
  // After the widths: Excel sizes a wrapped row of automatic height by the column widths it then has.
  for (const range of sheet.wrapped ?? [])
    plan.add(0, (context) => {
      const format = ws(context).getRange(range).format;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
    });
  if (sheet.freezeRows > 0) plan.add(0, (context) => ws(context).freezePanes.freezeRows(sheet.freezeRows));
}

/**
 * A native chart on the table's cells, with title, axis titles (not on a pie, which has none) and data
 * labels. Alt text is not in ExcelApi 1.9 for charts, so the layout writes it in a cell under the table.
 */
function addChart(ws: Excel.Worksheet, chart: ReportChart): void {
  const c = ws.charts.add(CHART_TYPES[chart.kind], ws.getRange(chart.values), 'Columns');
  c.name = chart.name;
  c.title.text = chart.title;
  const series = c.series.getItemAt(0);
  series.setXAxisValues(ws.getRange(chart.categories));
  series.name = chart.seriesName;
  series.hasDataLabels = true;
  c.dataLabels.showValue = true;
  c.legend.visible = chart.kind === 'pie';
  if (chart.kind !== 'pie') {
    for (const [axis, text] of [
      [c.axes.categoryAxis, chart.categoryAxisTitle],
      [c.axes.valueAxis, chart.valueAxisTitle],
    ] as const) {
      axis.title.text = text;
      axis.title.visible = true;
    }
  }
  c.setPosition(chart.from, chart.to);
}
