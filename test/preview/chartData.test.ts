import { SimWorkbook } from '../../src/excel-sim';
import { chartData, chartKind } from '../../src/preview/chartData';

test("Excel's chart types map to the three shapes the preview draws", () => {
  expect(chartKind('Pie')).toBe('pie');
  expect(chartKind('Doughnut')).toBe('pie');
  expect(chartKind('BarClustered')).toBe('bar');
  expect(chartKind('ColumnClustered')).toBe('column');
  expect(chartKind('Line')).toBe('column');
});

test('series values and categories are read from the ranges the chart points at', async () => {
  const sim = new SimWorkbook({ sheets: ['Findings', 'Data sheet'] });
  await sim.setValues('Data sheet', 'A1', [
    ['0-3 months', 21],
    ['4-12 months', 6],
    ['over a year', '4'],
  ]);
  const chart = {
    name: 'Chart 1',
    type: 'ColumnClustered',
    title: 'Re-referral interval',
    series: [
      { name: 'Cases', values: "'Data sheet'!B1:B3", xValues: "'Data sheet'!A1:A3", hasDataLabels: false },
    ],
  };
  expect(chartData(sim.snapshot(), 'Findings', chart)).toEqual({
    title: 'Re-referral interval',
    kind: 'column',
    categories: ['0-3 months', '4-12 months', 'over a year'],
    series: [{ name: 'Cases', values: [21, 6, 4] }],
  });
});

test('a series pointing at nothing shows an empty chart rather than failing', () => {
  const sim = new SimWorkbook({ sheets: ['Findings'] });
  const chart = {
    name: 'Chart 2',
    type: 'Pie',
    title: '',
    series: [
      { name: '', values: 'Gone!B1:B3', xValues: null, hasDataLabels: false },
      { name: '', values: 'not an address', xValues: null, hasDataLabels: false },
    ],
  };
  expect(chartData(sim.snapshot(), 'Findings', chart)).toEqual({
    title: 'Chart 2',
    kind: 'pie',
    categories: [],
    series: [
      { name: 'Series 1', values: [] },
      { name: 'Series 2', values: [] },
    ],
  });
});
