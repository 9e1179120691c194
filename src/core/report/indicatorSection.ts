import type { Findings } from '../findings/Findings';
import { indicatorChart } from './indicatorChart';
import { percentCell, percentFormat } from './percentCell';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

/**
 * The headline figures: Indicator, n, of N, %, and the sentence a manager can quote; then the chart of the
 * indicators whose `chart` column asks for one.
 */
export function indicatorSection(b: SheetBuilder, findings: Findings, names: TableNames): void {
  const top = b.line(['Indicators'], 'heading');
  if (findings.indicators.length === 0) {
    b.line(
      [
        'No indicators are defined: add rows to the Indicators sheet (name, label, numerator, denominator, chart).',
      ],
      'note',
    );
    b.gap();
    return;
  }
  const placed = b.table(
    names.take('Findings_Indicators'),
    ['Indicator', 'n', 'of N', '%', 'Sentence'],
    findings.indicators.map((i) => [
      i.label,
      i.numerator.n,
      i.denominator.n,
      percentCell(i.numerator.percent),
      i.sentence,
    ]),
  );
  b.style(placed.firstRow, 4, placed.lastRow, 4, 'percent', percentFormat(findings.settings.decimals));
  indicatorChart(b, findings, names, top);
  b.gap();
}
