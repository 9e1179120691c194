import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('queued writes', () => {
  test('take effect only at sync, so another session does not see them before', async () => {
    const wb = new SimWorkbook();
    const alice = wb.host();
    const bob = wb.host();
    await alice.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      cell.values = [['Alice']];
      expect(wb.getCell('Sheet1', 'A1').value).toBe('');
      const seenByBob = await bob.run(async (other) => {
        const r = other.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
        await other.sync();
        return r.values[0]![0] as unknown;
      });
      expect(seenByBob).toBe('');
      await context.sync();
      expect(wb.getCell('Sheet1', 'A1').value).toBe('Alice');
    });
  });

  test('are applied in the order queued', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['first']];
      sheet.getRange('A1:B1').values = [['second', 'x']];
      sheet.getRange('B1').values = [['third']];
      await context.sync();
    });
    expect(wb.getValues('Sheet1', 'A1:B1')).toEqual([['second', 'third']]);
  });

  test('two co-authors interleaving syncs each see the other after their own sync', async () => {
    const wb = new SimWorkbook();
    const a = wb.host();
    const b = wb.host();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = a.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      cell.values = [[1]];
      await context.sync();
      await gate; // b writes A2 meanwhile
      const both = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').load('values');
      await context.sync();
      return both.values;
    });
    await b.run(async (context) => {
      const cells = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').load('values');
      await context.sync();
      expect(cells.values).toEqual([[1], ['']]);
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
      await context.sync();
    });
    release();
    await expect(first).resolves.toEqual([[1], [2]]);
  });

  test('Excel.run syncs pending writes at the end; a failing batch leaves its unsynced writes unapplied', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['kept']];
      return Promise.resolve();
    });
    expect(wb.getCell('Sheet1', 'A1').value).toBe('kept');
    const failing = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['lost']];
      return Promise.reject(new Error('the add-in gave up'));
    });
    await expect(failing).rejects.toThrow('the add-in gave up');
    expect(wb.getCell('Sheet1', 'A2').value).toBe('');
  });

  test('subscribers hear about syncs that changed something, not about reads', async () => {
    const wb = new SimWorkbook();
    const heard = jest.fn();
    const stop = wb.subscribe(heard);
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      expect(heard).not.toHaveBeenCalled();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await context.sync();
      expect(heard).toHaveBeenCalledTimes(1);
    });
    stop();
    await wb.setCell('Sheet1', 'B1', 'y');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
