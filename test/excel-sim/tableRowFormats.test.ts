import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

const DATE = 'yyyy-mm-dd';

/** A table A1:C3 (Case ID, Seen on, Notes): dates in B, text in C, and something below the table. */
async function datedTable(): Promise<SimWorkbook> {
  const wb = new SimWorkbook({ sheets: ['Audit'] });
  await wb.setValues('Audit', 'A1', [
    ['Case ID', 'Seen on', 'Notes'],
    ['C-001', 45000, 'first'],
    ['C-002', 45001, 'second'],
  ]);
  wb.setNumberFormat('Audit', 'B2:B3', DATE);
  wb.setNumberFormat('Audit', 'C2:C3', '@');
  await wb.setCell('Audit', 'A5', 'below');
  await wb.host().run(async (context) => {
    context.workbook.worksheets.getItem('Audit').tables.add('A1:C3', true).name = 'Audit';
    await context.sync();
  });
  return wb;
}

const formats = (wb: SimWorkbook, row: number): string[] =>
  ['A', 'B', 'C'].map((c) => wb.getCell('Audit', `${c}${row}`).numberFormat);

async function addRows(
  wb: SimWorkbook,
  index: number | undefined,
  values?: (string | number)[][],
): Promise<void> {
  await wb.host().run(async (context) => {
    context.workbook.tables.getItem('Audit').rows.add(index, values);
    await context.sync();
  });
}

describe('rows added to a table are formatted like the body row above them, as in Excel', () => {
  test('rows.add at the end: a date column stays dates, a text column keeps typed digits as text', async () => {
    const wb = await datedTable();
    await addRows(wb, undefined, [
      ['C-003', '06/02/2023', '00123'],
      ['C-004', 44962, '=not a formula'],
    ]);
    expect(formats(wb, 4)).toEqual(['General', DATE, '@']);
    expect(formats(wb, 5)).toEqual(['General', DATE, '@']);
    expect(wb.getCell('Audit', 'B4')).toMatchObject({ value: 44963, text: '2023-02-06' });
    expect(wb.getCell('Audit', 'B5').text).toBe('2023-02-05');
    expect(wb.getCell('Audit', 'C4').value).toBe('00123');
    expect(wb.getCell('Audit', 'C5')).toMatchObject({ value: '=not a formula', formula: null });
    // The cell below the table was pushed down, format and all, not overwritten.
    expect(wb.getCell('Audit', 'A7')).toMatchObject({ value: 'below', numberFormat: 'General' });
  });

  test('a row added without values is empty, never a copy of the row it pushed down', async () => {
    const wb = await datedTable();
    await addRows(wb, 1);
    expect(wb.getValues('Audit', 'A2:C4')).toEqual([
      ['C-001', 45000, 'first'],
      ['', '', ''],
      ['C-002', 45001, 'second'],
    ]);
    expect(formats(wb, 3)).toEqual(['General', DATE, '@']);
  });

  test('on top of the body, rows take the first body row format, not the header one', async () => {
    const wb = await datedTable();
    wb.setNumberFormat('Audit', 'B1', '@');
    await addRows(wb, 0, [['C-000', 44999, 'zero']]);
    expect(formats(wb, 2)).toEqual(['General', DATE, '@']);
    expect(wb.getCell('Audit', 'B2').text).toBe('2023-03-14');
  });

  test('the first rows.add of a header-only table fills its row and formats the rest like it', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit'] });
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Audit');
      sheet.getRange('A1:B1').values = [['Case ID', 'Seen on']];
      const table = sheet.tables.add('A1:B1', true);
      table.getDataBodyRange().numberFormat = [['@', DATE]];
      table.rows.add(undefined, [
        ['007', 45000],
        ['008', 45001],
      ]);
      await context.sync();
    });
    expect(wb.getValues('Audit', 'A2:A3')).toEqual([['007'], ['008']]);
    expect(formats(wb, 3).slice(0, 2)).toEqual(['@', DATE]);
  });
});

describe('entire sheet rows inserted take the row above number formats, as Excel Insert does', () => {
  test('inside a table body: the new rows are dated where the row above is', async () => {
    const wb = await datedTable();
    wb.insertRows('Audit', '3:4');
    expect(wb.snapshot().sheets[0]!.tables[0]!.range).toBe('A1:C5');
    expect(formats(wb, 3)).toEqual(['General', DATE, '@']);
    expect(formats(wb, 4)).toEqual(['General', DATE, '@']);
    await wb.setCell('Audit', 'B3', '2023-02-06');
    expect(wb.getCell('Audit', 'B3').text).toBe('2023-02-06');
  });

  test('right under a table header: the table columns take the body row pushed down', async () => {
    const wb = await datedTable();
    wb.setNumberFormat('Audit', 'A1:D1', '@');
    wb.insertRows('Audit', '2:2');
    expect(formats(wb, 2)).toEqual(['General', DATE, '@']);
    // Outside the table the row above still rules.
    expect(wb.getCell('Audit', 'D2').numberFormat).toBe('@');
  });

  test('an entire-row format above is carried too', () => {
    const wb = new SimWorkbook({ sheets: ['S'] });
    wb.setNumberFormat('S', '2:2', '0.00');
    wb.insertRows('S', '3:3');
    expect(wb.getCell('S', 'Z3').numberFormat).toBe('0.00');
    expect(wb.getCell('S', 'Z4').numberFormat).toBe('General');
  });
});
