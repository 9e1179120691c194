import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('charts, validation, panes, selection', () => {
  test('a chart from a labelled range takes series names and categories from it', async () => {
    const wb = new SimWorkbook({ sheets: ['Findings'] });
    await wb.setValues('Findings', 'A1', [
      ['Months', 'Re-referrals'],
      ['0-3', 21],
      ['4-6', 6],
      ['7-12', 4],
    ]);
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Findings');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B4'), 'Auto');
      chart.title.text = 'Re-referrals by months since closure';
      chart.axes.valueAxis.title.text = 'Cases';
      chart.series.getItemAt(0).hasDataLabels = true;
      chart.setPosition('D2', 'J15');
      const series = chart.series.load('items/name');
      const values = chart.series.getItemAt(0).getDimensionValues('Values');
      await context.sync();
      expect(series.items.map((s) => s.name)).toEqual(['Re-referrals']);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load, only the sync
      expect(values.value).toEqual(['21', '6', '4']);
    });
    expect(wb.snapshot().sheets[0]!.charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        title: 'Re-referrals by months since closure',
        series: [
          { name: 'Re-referrals', values: 'Findings!B2:B4', xValues: 'Findings!A2:A4', hasDataLabels: true },
        ],
      },
    ]);
    wb.insertRows('Findings', '1:1');
    expect(wb.snapshot().sheets[0]!.charts[0]!.series[0]!.values).toBe('Findings!B3:B5');
  });

  test('an unknown chart type fails with InvalidArgument', async () => {
    const wb = new SimWorkbook();
    const attempt = wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.charts.add('Column' as Excel.ChartType, sheet.getRange('A1:B2'));
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('list validation from a range reads back as an absolute reference; clear removes it', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit', 'Lists'] });
    await wb.setValues('Lists', 'A1', [['Yes'], ['No']]);
    await wb.setCell('Audit', 'B2', 'Maybe');
    await wb.host().run(async (context) => {
      const target = context.workbook.worksheets.getItem('Audit').getRange('B2:B10');
      const source = context.workbook.worksheets.getItem('Lists').getRange('A1:A2');
      target.dataValidation.rule = { list: { inCellDropDown: true, source } };
      const dv = target.dataValidation.load('type, rule, valid');
      await context.sync();
      expect([dv.type, dv.rule.list?.source, dv.valid]).toEqual(['List', '=Lists!$A$1:$A$2', false]);
      target.getRow(0).dataValidation.clear();
      const rest = target.dataValidation.load('type');
      await context.sync();
      expect(rest.type).toBe('Inconsistent');
    });
    expect(wb.snapshot().sheets[0]!.dataValidations.map((v) => v.range)).toEqual(['B3:B10']);
  });

  test('freeze panes and formats appear in the snapshot', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeRows(2);
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('A1').format.columnWidth = 120;
      const header = sheet.getRange('A1:D1').load('format/font/bold');
      await context.sync();
      expect(header.format.font.bold).toBeNull(); // mixed, as Excel reports
    });
    const sheet = wb.snapshot().sheets[0]!;
    expect(sheet.frozen).toEqual({ rows: 2, columns: 0 });
    expect(sheet.formats).toEqual([
      { range: 'A1:C1', key: 'font.bold', value: true },
      { range: 'A:A', key: 'columnWidth', value: 120 },
    ]);
  });

  test('user selection runs registered onSelectionChanged handlers; remove() stops them', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit', 'Lists'] });
    const seen: string[] = [];
    const registration = await wb.host().run(async (context) => {
      const handler = context.workbook.worksheets.onSelectionChanged.add(async (args) => {
        seen.push(args.address);
        return Promise.resolve();
      });
      await context.sync();
      return handler;
    });
    await wb.select('Audit', 'C4:D5');
    await wb.select('Lists', 'A1');
    registration.remove();
    await wb.select('Audit', 'B2');
    expect(seen).toEqual(['C4:D5', 'A1']);
    expect(wb.snapshot().selection).toEqual({ sheet: 'Audit', address: 'B2' });
    await wb.host().run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(selected.address).toBe('Audit!B2');
    });
  });
});
