import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

async function write(wb: SimWorkbook, address: string, values: unknown[][], format?: string): Promise<void> {
  await wb.host().run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange(address);
    if (format !== undefined) range.numberFormat = [[format]];
    range.values = values as string[][];
    await context.sync();
  });
}

describe('the formula rule for Range.values', () => {
  test.each([
    ['=1+2', 3, '=1+2'],
    ['=see the notes', '#NAME?', '=see the notes'],
    ['+1', 1, '=+1'],
    ['-2+3', 1, '=-2+3'],
    ['- see notes', '#NAME?', '=- see notes'],
    ['@SUM(A1)', '#NAME?', '=SUM(A1)'],
    [
      '=HYPERLINK("https://example.org","Case file")',
      'Case file',
      '=HYPERLINK("https://example.org","Case file")',
    ],
  ])('%j becomes a formula with value %j', async (typed, value, formula) => {
    const wb = new SimWorkbook();
    await write(wb, 'A1', [[typed]]);
    expect(wb.getCell('Sheet1', 'A1')).toMatchObject({ value, formula });
  });

  test.each([
    ['12', 12],
    ['-5', -5],
    ['1,234.5', 1234.5],
    ['TRUE', true],
    ['false', false],
    ['50%', 0.5],
    ['+44 7700 900123', '+44 7700 900123'],
  ])('%j becomes the constant %j', async (typed, value) => {
    const wb = new SimWorkbook();
    await write(wb, 'A1', [[typed]]);
    expect(wb.getCell('Sheet1', 'A1')).toMatchObject({ value, formula: null });
  });

  test('dates typed as text become date serials with a date format', async () => {
    const wb = new SimWorkbook();
    await write(wb, 'A1:B1', [['2023-02-06', '06/02/2023']]);
    expect(wb.getCell('Sheet1', 'A1')).toMatchObject({
      value: 44963,
      numberFormat: 'yyyy-mm-dd',
      text: '2023-02-06',
    });
    expect(wb.getCell('Sheet1', 'B1')).toMatchObject({ value: 44963, text: '06/02/2023' });
  });

  test.each(['=see notes', '+44 7700 900123', '-2+3', '@SUM(A1)', '12', 'TRUE', '2023-02-06'])(
    'in a text-formatted (@) cell %j is stored literally',
    async (typed) => {
      const wb = new SimWorkbook();
      await write(wb, 'A1', [[typed]], '@');
      expect(wb.getCell('Sheet1', 'A1')).toMatchObject({ value: typed, formula: null, numberFormat: '@' });
    },
  );

  test('a leading apostrophe forces text and is not part of the value', async () => {
    const wb = new SimWorkbook();
    await write(wb, 'A1', [["'=not a formula"]]);
    expect(wb.getCell('Sheet1', 'A1')).toMatchObject({ value: '=not a formula', formula: null });
  });

  test('a string starting with "=" that Excel cannot parse fails the sync with InvalidArgument', async () => {
    const wb = new SimWorkbook();
    await expect(write(wb, 'A1', [['=what? (unclear']])).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { statement: expect.stringContaining('Sheet1!A1') as string },
    });
  });

  test('null leaves a cell unchanged; "" clears it', async () => {
    const wb = new SimWorkbook();
    await write(wb, 'A1:C1', [['a', 'b', 'c']]);
    await write(wb, 'A1:C1', [[null, '', 'z']]);
    expect(wb.getValues('Sheet1', 'A1:C1')).toEqual([['a', '', 'z']]);
  });

  test('Range.formulas reads formulas and constants; text applies the number format', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.formulas = [['=2*3', 'words', 0.256]];
      range.numberFormat = [['General', '@', '0.0%']];
      range.load('values, formulas, text, valueTypes');
      await context.sync();
      expect(range.values).toEqual([[6, 'words', 0.256]]);
      expect(range.formulas).toEqual([['=2*3', 'words', 0.256]]);
      expect(range.text).toEqual([['6', 'words', '25.6%']]);
      expect(range.valueTypes).toEqual([['Double', 'String', 'Double']]);
    });
  });
});
