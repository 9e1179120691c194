import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('beforeSync: a co-author acting between two round trips of a session', () => {
  test('runs before each sync reaches the workbook, numbered within the run, the implicit last one included', async () => {
    const wb = new SimWorkbook();
    const coAuthor = wb.host();
    const seen: number[] = [];
    const host = wb.host({
      beforeSync: async (n) => {
        seen.push(n);
        if (n === 2)
          await coAuthor.run(async (context) => {
            context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['theirs']];
            await context.sync();
          });
      },
    });
    const read = await host.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      a1.load('values');
      await context.sync();
      const before: unknown = a1.values[0]![0];
      const again = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['mine']];
      return [before, again.values[0]![0] as unknown];
    });
    expect(read).toEqual(['', 'theirs']);
    expect(seen).toEqual([1, 2, 3]);
    expect(wb.getValues('Sheet1', 'A1:B1')).toEqual([['theirs', 'mine']]);
  });

  test('the batch is what was queued when sync was called, and it is applied after the co-author', async () => {
    const wb = new SimWorkbook();
    const host = wb.host({
      beforeSync: (n) => (n === 1 ? wb.setCell('Sheet1', 'A1', 'typed meanwhile') : undefined),
    });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['mine']];
      const pending = context.sync();
      const range = sheet.getRange('A1').load('values');
      await pending;
      // Loaded after the sync was called: not part of that batch.
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['mine']]);
    });
  });

  test('sessions without the hook behave as before', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await context.sync();
    });
    expect(wb.stats.syncs).toBe(1);
    expect(wb.getCell('Sheet1', 'A1').value).toBe('x');
  });
});
