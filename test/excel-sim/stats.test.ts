import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('round trips', () => {
  test('every context.sync() counts; the implicit final sync of run counts only when work is pending', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      await context.sync(); // nothing queued: still a call the add-in made
    });
    expect(wb.stats).toMatchObject({ syncs: 2, requests: 1 });
    wb.resetStats();
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      return Promise.resolve();
    });
    expect(wb.stats).toMatchObject({ syncs: 1, requests: 1 });
  });

  test('requestBytes grows with what is written; largestRequestBytes is per batch', async () => {
    const wb = new SimWorkbook();
    const write = (text: string) =>
      wb.host().run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[text]];
        await context.sync();
      });
    await write('a');
    const small = wb.stats.requestBytes;
    await write('b'.repeat(10_000));
    expect(wb.stats.requestBytes - small).toBeGreaterThan(10_000);
    expect(wb.stats.largestRequestBytes).toBeGreaterThan(10_000);
    expect(wb.stats.largestRequestBytes).toBeLessThan(wb.stats.requestBytes);
  });
});
