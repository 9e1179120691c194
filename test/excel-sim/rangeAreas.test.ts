import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('Worksheet.getRanges and RangeAreas (ExcelApi 1.9)', () => {
  it('selects several rectangles at once, the first one holding the active cell', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit', 'Other'] });
    const address = await wb.host().run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem('Audit')
        .getRanges('A3:F3, A7:F8')
        .load('address,areaCount');
      areas.select();
      await context.sync();
      expect(areas.areaCount).toBe(2);
      return areas.address;
    });
    expect(address).toBe('Audit!A3:F3,Audit!A7:F8');
    expect(wb.snapshot().selection).toEqual({ sheet: 'Audit', address: 'A3:F3,A7:F8' });
    await wb.host().run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      expect(cell.address).toBe('Audit!A3');
    });
  });

  it('goes back to one area when a single range is selected', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit'] });
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Audit').getRanges('A3:F3,A7:F7').select();
      context.workbook.worksheets.getItem('Audit').getRange('B2').select();
      await context.sync();
    });
    expect(wb.snapshot().selection).toEqual({ sheet: 'Audit', address: 'B2' });
  });

  it('refuses an address that is not a list of ranges', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit'] });
    await expect(
      wb.host().run(async (context) => {
        context.workbook.worksheets.getItem('Audit').getRanges('A3:F3,,A7').select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
