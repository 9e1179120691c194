import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('worksheets', () => {
  test.each([
    ['audit', 'ItemAlreadyExists'],
    ['A name that is far too long for Excel', 'InvalidArgument'],
    ['Q1/Q2', 'InvalidArgument'],
    ['What?', 'InvalidArgument'],
    ['[Draft]', 'InvalidArgument'],
  ])('adding %j fails with %s', async (name, code) => {
    const wb = new SimWorkbook({ sheets: ['Audit'] });
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code });
    expect(wb.sheetNames()).toEqual(['Audit']);
  });

  test('add, rename, move, activate and delete', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit'] });
    await wb.host().run(async (context) => {
      const sheets = context.workbook.worksheets;
      const lists = sheets.add('Lists');
      sheets.add();
      lists.name = 'Choices';
      lists.position = 0;
      lists.activate();
      const active = sheets.getActiveWorksheet().load('name, position');
      await context.sync();
      expect([active.name, active.position]).toEqual(['Choices', 0]);
      sheets.getItem('Sheet3').delete();
      await context.sync();
    });
    expect(wb.sheetNames()).toEqual(['Choices', 'Audit']);
    expect(wb.snapshot().activeSheet).toBe('Choices');
  });

  test('a deleted sheet cannot be used again in the same batch', async () => {
    const wb = new SimWorkbook({ sheets: ['A', 'B'] });
    const attempt = wb.host().run(async (context) => {
      const a = context.workbook.worksheets.getItem('A');
      a.delete();
      await context.sync();
      a.getRange('A1').values = [['x']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('used range: A1 on an empty sheet, null object with getUsedRangeOrNullObject', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const used = sheet.getUsedRange().load('address');
      const orNull = sheet.getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(used.address).toBe('Sheet1!A1');
      expect(orNull.isNullObject).toBe(true);
      sheet.getRange('C3:D4').values = [
        [1, 2],
        [3, ''],
      ];
      const after = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(after.address).toBe('Sheet1!C3:D4');
    });
  });

  test('range navigation computes addresses as Excel does', async () => {
    const wb = new SimWorkbook({ sheets: ['Case list'] });
    await wb.host().run(async (context) => {
      const base = context.workbook.worksheets.getItem('Case list').getRange('B2:D5');
      const got = [
        base.getCell(1, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getOffsetRange(1, -1),
        base.getResizedRange(-1, 1),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getLastRow(),
        base.getRowsBelow(2),
      ].map((r) => r.load('address'));
      await context.sync();
      expect(got.map((r) => r.address)).toEqual([
        "'Case list'!C3",
        "'Case list'!B2:D2",
        "'Case list'!D2:D5",
        "'Case list'!A3:C6",
        "'Case list'!B2:E4",
        "'Case list'!B:D",
        "'Case list'!2:5",
        "'Case list'!B5:D5",
        "'Case list'!B6:D7",
      ]);
    });
  });

  test('a range outside the sheet fails at sync with InvalidArgument', async () => {
    const wb = new SimWorkbook();
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('inserting 200,000 rows at once moves the cells below, as Excel can', async () => {
    const wb = new SimWorkbook();
    await wb.setValues('Sheet1', 'A1', [['top'], ['below']]);
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('2:200001').insert('Down');
      await context.sync();
    });
    expect(wb.getValues('Sheet1', 'A1:A2')).toEqual([['top'], ['']]);
    expect(wb.getValues('Sheet1', 'A200001:A200002')).toEqual([[''], ['below']]);
  });

  test('inserting and deleting entire rows and columns moves cells', async () => {
    const wb = new SimWorkbook();
    await wb.setValues('Sheet1', 'A1', [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('2:2').insert('Down');
      sheet.getRange('B:B').delete('Left');
      await context.sync();
    });
    expect(wb.getValues('Sheet1', 'A1:B3')).toEqual([
      ['a', 'c'],
      ['', ''],
      ['d', 'f'],
    ]);
  });
});
