import type { ReportSheet } from '../../src/core/report/ReportSheet';

/** A hand-made two-sheet report: a notice sheet, and findings with tables, charts, styles and a link. */
export function sampleReport(): ReportSheet[] {
  const about: ReportSheet = {
    name: 'About this copy',
    cells: [['Board copy'], ['Removed: case identifiers'], [], ['Go to findings']],
    styles: [
      { range: 'A1', style: 'title' },
      { range: 'A2', style: 'note' },
      { range: 'A4', style: 'link' },
    ],
    tables: [],
    charts: [],
    links: [{ cell: 'A4', target: "'Findings & more'!A1" }],
    columnWidths: [60],
    freezeRows: 0,
  };
  const findings: ReportSheet = {
    name: 'Findings & more',
    cells: [
      ['Re-referrals <audit>'],
      ['Indicator', 'n', 'of N', '%'],
      ['Within 0-3 months', 21, 31, 0.68],
      ['Plan in place', 'c', 31, null],
      [],
      ['Outcome', 'n', '%'],
      ['Yes', 40, 0.61],
      ['No', 'c', null],
      ['Not sure', 22, 0.33],
    ],
    styles: [
      { range: 'A1', style: 'title' },
      { range: 'A2:D2', style: 'tableHeader' },
      { range: 'D3:D4', style: 'percent' },
      { range: 'A6:C6', style: 'tableHeader' },
      { range: 'C7:C9', style: 'percent' },
    ],
    tables: [
      { name: 'Indicators', range: 'A2:D4' },
      { name: 'Outcome_freq', range: 'A6:C9' },
    ],
    charts: [
      chart('OutcomeBar', 'bar', 'A7:A9', 'B7:B9', 'F2', 'M15'),
      chart('OutcomePie', 'pie', 'A7:A9', 'C7:C9', 'F17', 'M30'),
      chart('IndicatorCol', 'column', 'A3:A4', 'D3:D4', 'F32', 'M45'),
    ],
    links: [],
    columnWidths: [40, 8, 8, 8],
    freezeRows: 1,
  };
  return [about, findings];
}

export function chart(
  name: string,
  kind: 'bar' | 'column' | 'pie',
  categories: string,
  values: string,
  from: string,
  to: string,
): ReportSheet['charts'][number] {
  return {
    name,
    kind,
    title: `${name} title`,
    categories,
    values,
    seriesName: `${name} series`,
    categoryAxisTitle: `${name} categories`,
    valueAxisTitle: `${name} values`,
    altText: `${name}: what it shows`,
    from,
    to,
  };
}
