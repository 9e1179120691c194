import type { Findings, IndicatorFinding } from '../findings/Findings';
import { formatPercent } from '../findings/percent';
import { cellAddress } from '../sheets/cellAddress';
import { percentCell, percentFormat } from './percentCell';
import { CHART_COLUMN } from './questionSection';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

const CHART_WIDTH = 8;
const CHART_ROWS = 16;

/** "police … recorded 91% (39 of 43)": only published figures, so a suppressed count stays 'c'. */
function point(i: IndicatorFinding, decimals: number): string {
  const percent = i.numerator.percent === null ? '' : ` ${formatPercent(i.numerator.percent, decimals)}`;
  return `${i.label}${percent} (${i.numerator.n} of ${i.denominator.n})`;
}

/**
 * One chart of the percentages of every indicator whose `chart` column asks for one, so a manager sees the
 * headline figures side by side. Charted indicators need not be neighbours in the Indicators table and a
 * chart series needs one contiguous range, so their label and % are listed in a small table of their own
 * under it, and the chart points at that table's cells. The kind is the first charted indicator's.
 * `top` is the section's first row: the chart sits beside it, as a question's chart sits beside its table.
 */
export function indicatorChart(b: SheetBuilder, findings: Findings, names: TableNames, top: number): void {
  const charted = findings.indicators.filter((i) => i.chart === 'bar' || i.chart === 'column');
  const first = charted[0];
  if (first === undefined || (first.chart !== 'bar' && first.chart !== 'column')) return;
  const decimals = findings.settings.decimals;
  const placed = b.table(
    names.take('Findings_IndicatorChart'),
    ['Charted indicator', '%'],
    charted.map((i) => [i.label, percentCell(i.numerator.percent)]),
  );
  b.style(placed.firstRow, 2, placed.lastRow, 2, 'percent', percentFormat(decimals));
  const words = first.chart === 'bar' ? 'Bar chart' : 'Column chart';
  const altText = `${words} of indicators, each as a % of its own total: ${charted.map((i) => point(i, decimals)).join(', ')}.`;
  b.line([`Chart: ${altText}`], 'note');
  b.chart({
    name: 'Chart_Indicators',
    kind: first.chart,
    title: 'Indicators',
    categories: `A${placed.firstRow}:A${placed.lastRow}`,
    values: `B${placed.firstRow}:B${placed.lastRow}`,
    seriesName: '%',
    categoryAxisTitle: 'Indicator',
    valueAxisTitle: '% of its own total',
    altText,
    from: cellAddress(top, CHART_COLUMN),
    to: cellAddress(top + CHART_ROWS - 1, CHART_COLUMN + CHART_WIDTH - 1),
  });
  b.row = Math.max(b.row, top + CHART_ROWS);
}
