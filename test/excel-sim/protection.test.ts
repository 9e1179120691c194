import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('worksheet protection', () => {
  test('writes to locked cells of a protected sheet fail at sync; unlocked cells stay writable', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B:B').format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: false });
      sheet.getRange('B2').values = [['answer']];
      await context.sync();
    });
    expect(wb.getCell('Sheet1', 'B2').value).toBe('answer');
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A2:B2').values = [['x', 'y']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'AccessDenied',
      debugInfo: { statement: 'Sheet1!A2:B2' },
    });
    expect(wb.getValues('Sheet1', 'A2:B2')).toEqual([['', 'answer']]);
    await expect(wb.setCell('Sheet1', 'A1', 'typed')).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('protect fails when already protected; unprotect needs the password', async () => {
    const wb = new SimWorkbook();
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').protection.protect({}, 'secret');
      await context.sync();
    });
    const again = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').protection.protect();
      await context.sync();
    });
    await expect(again).rejects.toMatchObject({ code: 'InvalidOperation' });
    const wrong = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').protection.unprotect('guess');
      await context.sync();
    });
    await expect(wrong).rejects.toMatchObject({ code: 'InvalidArgument' });
    await wb.host().run(async (context) => {
      const protection = context.workbook.worksheets.getItem('Sheet1').protection;
      protection.unprotect('secret');
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(false);
    });
  });
});
