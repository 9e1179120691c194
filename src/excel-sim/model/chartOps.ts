import { SimError } from '../SimError';
import { ChartModel, type CellRef, type SeriesModel } from './ChartModel';
import type { SheetModel } from './SheetModel';
import type { WorkbookModel } from './WorkbookModel';

/** Chart types the simulator accepts (Excel.ChartType values; others are rejected as Excel rejects unknown ones). */
export const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineStacked',
  'LineStacked100',
  'LineMarkers',
  'LineMarkersStacked',
  'Pie',
  'PieExploded',
  'Doughnut',
  'Area',
  'AreaStacked',
  'AreaStacked100',
  'XYScatter',
  'XYScatterLines',
  'XYScatterSmooth',
  'Radar',
  'Histogram',
  'Pareto',
  'Waterfall',
  'Treemap',
  'Funnel',
  'BoxWhisker',
  'Sunburst',
]);

export function checkChartType(type: string, location: string): void {
  if (!CHART_TYPES.has(type)) {
    throw new SimError('InvalidArgument', {
      location,
      statement: `"${type}" is not an Excel chart type (e.g. "ColumnClustered").`,
    });
  }
}

const isLabel = (v: unknown): boolean => typeof v === 'string';

/**
 * Series as Excel lays them out from a source range: series by columns when there are at least as many
 * rows as columns (or as asked), a header row of text giving series names, a text first column giving categories.
 */
function seriesFrom(source: CellRef, seriesBy: string): SeriesModel[] {
  const { sheet, rect } = source;
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && rows >= cols);
  // Work in "series × points" coordinates so one piece of code serves both orientations.
  const nSeries = byColumns ? cols : rows;
  const nPoints = byColumns ? rows : cols;
  const at = (s: number, p: number): unknown =>
    byColumns ? sheet.grid.value(rect.r0 + p, rect.c0 + s) : sheet.grid.value(rect.r0 + s, rect.c0 + p);
  const refOf = (s: number, p0: number, p1: number): CellRef =>
    byColumns
      ? { sheet, rect: { r0: rect.r0 + p0, r1: rect.r0 + p1, c0: rect.c0 + s, c1: rect.c0 + s } }
      : { sheet, rect: { r0: rect.r0 + s, r1: rect.r0 + s, c0: rect.c0 + p0, c1: rect.c0 + p1 } };
  const topLeftEmpty = at(0, 0) === '';
  let firstSeriesIsCategories = nSeries > 1;
  for (let p = 1; p < nPoints && firstSeriesIsCategories; p++)
    firstSeriesIsCategories = isLabel(at(0, p)) || at(0, p) === '';
  const s0 = firstSeriesIsCategories ? 1 : 0;
  let hasNames = nPoints > 1 && (topLeftEmpty || firstSeriesIsCategories);
  for (let s = s0; s < nSeries && hasNames; s++) hasNames = isLabel(at(s, 0)) && at(s, 0) !== '';
  const p0 = hasNames ? 1 : 0;
  const out: SeriesModel[] = [];
  for (let s = s0; s < nSeries; s++) {
    const series: SeriesModel = {
      name: hasNames ? String(at(s, 0)) : `Series${out.length + 1}`,
      values: refOf(s, p0, nPoints - 1),
      hasDataLabels: false,
      dataLabels: { showValue: false },
    };
    if (firstSeriesIsCategories) series.xValues = refOf(0, p0, nPoints - 1);
    out.push(series);
  }
  return out;
}

export function addChart(
  wb: WorkbookModel,
  sheet: SheetModel,
  type: string,
  source: CellRef,
  seriesBy: string,
): ChartModel {
  checkChartType(type, 'ChartCollection.add');
  let n = sheet.charts.length + 1;
  while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
  const chart = new ChartModel(wb.newChartId(), `Chart ${n}`, type, sheet);
  chart.series = seriesFrom(source, seriesBy);
  if (chart.series.length === 1) chart.title.text = chart.series[0]!.name;
  chart.top = 15 * (sheet.charts.length * 2 + 1);
  chart.left = 48 * 4;
  sheet.charts.push(chart);
  wb.version++;
  return chart;
}
