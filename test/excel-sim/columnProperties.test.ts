/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   a ClientResult needs no load, only the sync; reading it early is what one test checks. */
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { thrown } from './thrown';

describe('Range.getColumnProperties', () => {
  test("one entry per column, left to right: each column's own width in points, its index and address", async () => {
    const wb = new SimWorkbook();
    const columns = await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C:C').format.columnWidth = 120;
      sheet.getRange('D1').format.columnWidth = 30.5; // a cell's width is its whole column's
      const result = sheet
        .getRange('B2:E3')
        .getColumnProperties({ columnIndex: true, address: true, format: { columnWidth: true } });
      expect(thrown(() => result.value)).toMatchObject({ code: 'ValueNotLoaded' });
      await context.sync();
      return result.value;
    });
    expect(columns).toEqual([
      { columnIndex: 1, address: 'Sheet1!B2:B3', format: { columnWidth: 48 } },
      { columnIndex: 2, address: 'Sheet1!C2:C3', format: { columnWidth: 120 } },
      { columnIndex: 3, address: 'Sheet1!D2:D3', format: { columnWidth: 30.5 } },
      { columnIndex: 4, address: 'Sheet1!E2:E3', format: { columnWidth: 48 } },
    ]);
    expect(wb.stats.largestResponseBytes).toBeGreaterThan(100);
  });

  test('only what was asked for; an option the simulator does not answer fails the sync by name', async () => {
    const wb = new SimWorkbook();
    const widths = await wb.host().run(async (context) => {
      const result = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1:B1')
        .getColumnProperties({ format: { columnWidth: true } });
      await context.sync();
      return result.value;
    });
    expect(widths).toEqual([{ format: { columnWidth: 48 } }, { format: { columnWidth: 48 } }]);
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1')
        .getColumnProperties({ format: { columnWidth: true, font: { bold: true } } });
      await context.sync();
    });
    const error = (await attempt.catch((e: unknown) => e)) as {
      code: string;
      debugInfo: { statement: string };
    };
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.statement).toContain('not format.font');
  });
});
