import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

async function withTable(): Promise<SimWorkbook> {
  const wb = new SimWorkbook({ sheets: ['Audit', 'Other'] });
  await wb.setValues('Audit', 'A1', [
    ['Case ID', 'Status'],
    ['C-001', 'Open'],
  ]);
  await wb.host().run(async (context) => {
    const table = context.workbook.worksheets.getItem('Audit').tables.add('A1:B2', true);
    table.name = 'AuditTable';
    await context.sync();
  });
  return wb;
}

describe('tables', () => {
  test('added over a range with a header row, columns named from it', async () => {
    const wb = await withTable();
    await wb.host().run(async (context) => {
      const table = context.workbook.tables.getItem('audittable');
      const columns = table.columns.load('items/name, items/index');
      const body = table.getDataBodyRange().load('address, values');
      await context.sync();
      expect(columns.items.map((c) => [c.name, c.index])).toEqual([
        ['Case ID', 0],
        ['Status', 1],
      ]);
      expect(body.address).toBe('Audit!A2:B2');
      expect(body.values).toEqual([['C-001', 'Open']]);
    });
  });

  test("a table's columns follow header edits; blank and repeated headers are made unique", async () => {
    const wb = await withTable();
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Audit').getRange('A1:B1').values = [['Case', 'Case']];
      const columns = context.workbook.tables.getItem('AuditTable').columns.load('items/name');
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(['Case', 'Case2']);
    });
    await wb.setCell('Audit', 'B1', '');
    expect(wb.getCell('Audit', 'B1').value).toBe('Column2');
  });

  test('table names are unique workbook-wide, ignoring case', async () => {
    const wb = await withTable();
    const attempt = wb.host().run(async (context) => {
      const other = context.workbook.worksheets.getItem('Other');
      other.getRange('A1').values = [['X']];
      other.tables.add('A1:A2', true).name = 'AUDITTABLE';
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  test('tables cannot overlap', async () => {
    const wb = await withTable();
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Audit').tables.add('B2:C3', true);
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  test('rows.add fills the empty first row of a header-only table, then appends', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['Case ID', 'Notes']];
      const table = sheet.tables.add('A1:B1', true);
      table.rows.add(undefined, [['C-001', "'=not a formula?"]]);
      table.rows.add(undefined, [
        ['C-002', 'ok'],
        ['C-003', 'ok'],
      ]);
      const range = table.getRange().load('address');
      const count = table.rows.load('count');
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:B4');
      expect(count.count).toBe(3);
    });
    expect(wb.getValues('Sheet1', 'A2:B2')).toEqual([['C-001', '=not a formula?']]);
  });

  test('rows.add with rows of another width than the table’s adds nothing; the batch stops there', async () => {
    // As Excel: the call is refused before any row goes in (a column inserted or deleted since the rows
    // were made), and, as with any failure, what the batch did before it stays and nothing after it runs.
    const wb = await withTable();
    await wb.setCell('Audit', 'A4', 'below');
    const attempt = wb.host().run(async (context) => {
      const table = context.workbook.tables.getItem('AuditTable');
      context.workbook.worksheets.getItem('Audit').getRange('D1').values = [['before']];
      table.rows.add(undefined, [['C-002', 'Open', 'one too many']]);
      context.workbook.worksheets.getItem('Audit').getRange('E1').values = [['after']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { errorLocation: 'TableRowCollection.add' },
    });
    expect(wb.snapshot().sheets[0]!.tables[0]!.range).toBe('A1:B2');
    expect(wb.getValues('Audit', 'A2:A4')).toEqual([['C-001'], [''], ['below']]);
    expect(wb.getValues('Audit', 'D1:E1')).toEqual([['before', '']]);
    const narrow = wb.host().run(async (context) => {
      context.workbook.tables.getItem('AuditTable').rows.add(undefined, [['C-002'], ['C-003']]);
      await context.sync();
    });
    await expect(narrow).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.snapshot().sheets[0]!.tables[0]!.range).toBe('A1:B2');
  });

  test('rows inserted inside a table push the cells below it, and list validation on a column grows', async () => {
    const wb = await withTable();
    await wb.setCell('Audit', 'A5', 'below');
    await wb.setCell('Audit', 'D5', 'beside');
    await wb.host().run(async (context) => {
      const table = context.workbook.tables.getItem('AuditTable');
      table.columns.getItem('Status').getDataBodyRange().dataValidation.rule = {
        list: { inCellDropDown: true, source: 'Open,Closed' },
      };
      table.rows.add(0, [['C-000', 'Closed']]);
      await context.sync();
    });
    expect(wb.getValues('Audit', 'A2:A3')).toEqual([['C-000'], ['C-001']]);
    expect(wb.getCell('Audit', 'A6').value).toBe('below');
    expect(wb.getCell('Audit', 'D5').value).toBe('beside');
    expect(wb.snapshot().sheets[0]!.dataValidations).toEqual([
      { range: 'B2:B3', type: 'List', rule: { list: { inCellDropDown: true, source: 'Open,Closed' } } },
    ]);
  });

  test('columns.add with values including the header; getItem by new name; column values', async () => {
    const wb = await withTable();
    await wb.host().run(async (context) => {
      const table = context.workbook.tables.getItem('AuditTable');
      table.columns.add(undefined, [['Grade'], ['Good']]);
      const grade = table.columns.getItem('Grade').load('index, values');
      await context.sync();
      expect([grade.index, grade.values]).toEqual([2, [['Grade'], ['Good']]]);
    });
    expect(wb.snapshot().sheets[0]!.tables[0]).toMatchObject({
      range: 'A1:C2',
      columns: ['Case ID', 'Status', 'Grade'],
    });
  });

  test('inserting sheet rows inside a table grows it; deleting its rows shrinks it; resize keeps the header row', async () => {
    const wb = await withTable();
    wb.insertRows('Audit', '2:3');
    expect(wb.snapshot().sheets[0]!.tables[0]!.range).toBe('A1:B4');
    wb.deleteRows('Audit', '2:3');
    expect(wb.snapshot().sheets[0]!.tables[0]!.range).toBe('A1:B2');
    await wb.host().run(async (context) => {
      context.workbook.tables.getItem('AuditTable').resize('A1:B5');
      await context.sync();
    });
    expect(wb.snapshot().sheets[0]!.tables[0]!.range).toBe('A1:B5');
    const attempt = wb.host().run(async (context) => {
      context.workbook.tables.getItem('AuditTable').resize('A2:B5');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('convertToRange keeps the data, delete removes it', async () => {
    const wb = await withTable();
    await wb.host().run(async (context) => {
      context.workbook.tables.getItem('AuditTable').convertToRange();
      await context.sync();
    });
    expect(wb.snapshot().sheets[0]!.tables).toEqual([]);
    expect(wb.getCell('Audit', 'A2').value).toBe('C-001');
  });
});
