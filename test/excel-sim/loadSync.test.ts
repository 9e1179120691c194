/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read before load/sync on purpose: the point is that the simulator throws as office.js does. */
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { thrown } from './thrown';

describe('load and sync follow office.js', () => {
  test('reading a property before load and sync throws PropertyNotLoaded with the office.js message', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(thrown(() => range.values)).toMatchObject({
        code: 'PropertyNotLoaded',
        message: expect.stringContaining(
          "The property 'values' is not available. Before reading the property's value, call the load method",
        ) as string,
      });
      range.load('values');
      // Loaded but not yet synced: still unavailable.
      expect(thrown(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
      const pending = context.sync();
      expect(thrown(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
      await pending;
      expect(range.values).toEqual([['']]);
      // Loading one property does not make the others readable.
      expect(thrown(() => range.address)).toMatchObject({ code: 'PropertyNotLoaded' });
    });
  });

  test('a loaded value is a snapshot taken at sync time, in queue order', async () => {
    const wb = new SimWorkbook();
    await wb.setCell('Sheet1', 'A1', 'before');
    await wb.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const early = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      range.values = [['after']];
      range.load('values');
      await context.sync();
      expect(early.values).toEqual([['before']]);
      await wb.setCell('Sheet1', 'A1', 'changed by someone');
      expect(range.values).toEqual([['after']]);
    });
  });

  test('load accepts strings, arrays, paths and objects', async () => {
    const wb = new SimWorkbook({ sheets: ['A', 'B'] });
    await wb.host().run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const range = context.workbook.worksheets.getItem('B').getRange('B2:C3');
      range.load(['address', 'rowCount']);
      range.load({ columnCount: true, format: { font: { bold: true } } });
      range.load('format/columnWidth');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
      expect([range.address, range.rowCount, range.columnCount]).toEqual(['B!B2:C3', 2, 2]);
      expect(range.format.font.bold).toBe(false);
      expect(range.format.columnWidth).toBe(48);
    });
  });

  test('getItemOrNullObject reports isNullObject after the sync; getCount is a ClientResult', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value)).toMatchObject({ code: 'ValueNotLoaded' });
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(count.value).toBe(1);
    });
  });

  test('loading a property the simulator does not know fails the sync and names it', async () => {
    const wb = new SimWorkbook();
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { statement: expect.stringContaining('valuez') as string },
    });
  });
});
