import type { Count, Findings, QuestionFinding } from '../findings/Findings';
import { formatPercent } from '../findings/percent';
import { cellAddress } from '../sheets/cellAddress';
import { percentCell, percentFormat } from './percentCell';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

/** Charts sit to the right of their table, from column G, this many rows tall. */
export const CHART_COLUMN = 7;
const CHART_WIDTH = 8;
const CHART_ROWS = 16;

const CHART_WORDS = { bar: 'Bar chart', column: 'Column chart', pie: 'Pie chart' } as const;

/** "Answered 60 of 66 applicable; not applicable 0; missing 6": the table's denominators, in one line. */
export function denominatorLine(q: QuestionFinding): string {
  return `Answered ${q.answered.n} of ${q.applicable.n} applicable; not applicable ${q.notApplicable.n}; missing ${q.missing.n}`;
}

function shownPercent(count: Count, decimals: number): string {
  return count.percent === null ? '' : ` (${formatPercent(count.percent, decimals)})`;
}

/**
 * A select question's frequency table (Choice, n, % of answered) under its label and denominator line, and
 * the chart its `chart` column asks for, beside the table and pointing at the table's own cells.
 */
export function questionSection(
  b: SheetBuilder,
  findings: Findings,
  q: QuestionFinding,
  names: TableNames,
): void {
  const decimals = findings.settings.decimals;
  const top = b.line([q.label || q.name], 'heading');
  b.line([denominatorLine(q)], 'note');
  const placed = b.table(
    names.take(`Findings_Q_${q.name}`),
    ['Choice', 'n', '% of answered'],
    q.choices.map((c) => [c.label, c.count.n, percentCell(c.count.percent)]),
  );
  b.style(placed.firstRow, 3, placed.lastRow, 3, 'percent', percentFormat(decimals));
  const kind = q.chart;
  if (kind === 'bar' || kind === 'column' || kind === 'pie') {
    if (q.choices.length > 0) {
      const points = q.choices.map((c) => `${c.label} ${c.count.n}${shownPercent(c.count, decimals)}`);
      const altText =
        `${CHART_WORDS[kind]} of ${q.label || q.name}: ${points.join(', ')}; ` +
        `${q.answered.n} answered of ${q.applicable.n} applicable.`;
      b.line([`Chart: ${altText}`], 'note');
      b.chart({
        name: `Chart_${q.name}`,
        kind,
        title: q.label || q.name,
        categories: `A${placed.firstRow}:A${placed.lastRow}`,
        values: `B${placed.firstRow}:B${placed.lastRow}`,
        seriesName: 'Cases',
        categoryAxisTitle: 'Answer',
        valueAxisTitle: 'Cases',
        altText,
        from: cellAddress(top, CHART_COLUMN),
        to: cellAddress(top + CHART_ROWS - 1, CHART_COLUMN + CHART_WIDTH - 1),
      });
      b.row = Math.max(b.row, top + CHART_ROWS);
    }
  }
  b.gap();
}
