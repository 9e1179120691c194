import type { Findings } from '../../../src/core/findings/Findings';
import { findingsReport } from '../../../src/core/report/findingsReport';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { seedCases } from '../template/seedCases';
import { at, column, rowOf, seedFindings, sheetNamed } from './reportFixture';

const report = (findings: Findings, audience: 'team' | 'board' = 'team'): ReportSheet =>
  sheetNamed(findingsReport(findings, { refreshedAt: '2023-02-12 09:00', audience }), 'Findings');

// The template charts these five indicators (chart column 'bar'), in its own order.
const CHARTED = [
  'contacts/referrals from the Police were clearly recorded',
  're-referrals came within 0-3 months of previous involvement',
  'cases audited showed a clear application of threshold',
  'cases audited showed analysis and rationale for the decision',
  'cases audited were screened within 24 hours',
];

describe('the indicators chart', () => {
  const findings = seedFindings();
  const sheet = report(findings);
  const chart = sheet.charts.find((c) => c.name === 'Chart_Indicators')!;

  it('carries each indicator chart column into its finding', () => {
    expect(findings.indicators.filter((i) => i.chart === 'bar').map((i) => i.label)).toEqual(CHARTED);
  });

  it('is one bar chart of the charted indicators, pointing at their labels and % on the Findings sheet', () => {
    expect(sheet.charts.filter((c) => c.name === 'Chart_Indicators')).toHaveLength(1);
    expect(chart).toMatchObject({ kind: 'bar', title: 'Indicators', categoryAxisTitle: 'Indicator' });
    expect(column(sheet, chart.categories)).toEqual(CHARTED);
    const table = sheet.tables.find((t) => t.name === 'Findings_IndicatorChart')!;
    const header = Number(/^A(\d+):B(\d+)$/.exec(table.range)![1]);
    expect(chart.categories).toBe(`A${header + 1}:A${header + 5}`);
    expect(chart.values).toBe(`B${header + 1}:B${header + 5}`);
    // Each % is the same figure as the indicator's row in the Indicators table.
    const values = column(sheet, chart.values);
    CHARTED.forEach((label, k) => expect(values[k]).toBe(at(sheet, `D${rowOf(sheet, label)}`)));
    expect(values[1]).toBe(0.68);
  });

  it('sits beside the indicators heading and describes every figure in its alt text', () => {
    expect(chart.from).toBe(`G${rowOf(sheet, 'Indicators')}`);
    expect(chart.altText).toContain(
      're-referrals came within 0-3 months of previous involvement 68% (21 of 31)',
    );
    expect(sheet.cells.some((r) => r[0] === `Chart: ${chart.altText}`)).toBe(true);
  });

  it('does not overlap the first question chart', () => {
    const end = Number(/(\d+)$/.exec(chart.to)![1]);
    const others = sheet.charts.filter((c) => c !== chart).map((c) => Number(/(\d+)$/.exec(c.from)![1]));
    expect(Math.min(...others)).toBeGreaterThan(end);
  });

  it('leaves no chart when no indicator asks for one', () => {
    const plain = { ...findings, indicators: findings.indicators.map((i) => ({ ...i, chart: null })) };
    const s = report(plain);
    expect(s.charts.map((c) => c.name)).not.toContain('Chart_Indicators');
    expect(s.tables.map((t) => t.name)).not.toContain('Findings_IndicatorChart');
  });

  it('never shows a suppressed count in the chart labels, cells or alt text', () => {
    // A handful of cases, so the board copy suppresses most counts.
    const small = seedFindings({ suppress: true, cases: seedCases().slice(0, 12) });
    const s = report(small, 'board');
    const c = s.charts.find((x) => x.name === 'Chart_Indicators')!;
    const suppressed = small.indicators.filter((i) => i.chart !== null && i.numerator.n === 'c');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const i of suppressed) {
      const row = column(s, c.categories).indexOf(i.label);
      expect(column(s, c.values)[row]).toBeNull();
      expect(c.altText).toContain(`${i.label} (c of ${i.denominator.n})`);
      expect(c.altText).not.toContain(`${i.label} ${String(i.numerator.cases.size)}`);
    }
  });
});
