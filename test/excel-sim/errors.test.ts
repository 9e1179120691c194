import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

describe('errors at sync are OfficeExtension.Error-like', () => {
  test('a 2-D array of the wrong shape throws InvalidArgument and says both shapes', async () => {
    const wb = new SimWorkbook();
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['only one row', 'x']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      name: 'RichApi.Error',
      code: 'InvalidArgument',
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      debugInfo: {
        code: 'InvalidArgument',
        errorLocation: 'Range.values',
        statement: expect.stringContaining('Sheet1!A1:B2 is 2 × 2') as string,
      },
    });
  });

  test('getItem of a missing sheet, table or column throws ItemNotFound at sync', async () => {
    const wb = new SimWorkbook({ sheets: ['Audit'] });
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Audit').getRange('A1:B1').values = [['Case ID', 'Status']];
      context.workbook.tables.add('Audit!A1:B2', true).name = 'AuditTable';
      await context.sync();
    });
    const attempts = [
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Cases'),
      (c: Excel.RequestContext) => c.workbook.tables.getItem('Nope'),
      (c: Excel.RequestContext) => c.workbook.tables.getItem('AuditTable').columns.getItem('Grade'),
    ].map((get) =>
      wb.host().run(async (context) => {
        get(context); // creating the proxy never throws; the sync does
        await context.sync();
      }),
    );
    const outcomes = await Promise.allSettled(attempts);
    expect(
      outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'resolved')),
    ).toEqual(['ItemNotFound', 'ItemNotFound', 'ItemNotFound']);
  });

  test('a request over the payload limit fails whole: nothing of the batch is applied', async () => {
    const wb = new SimWorkbook({ requestLimitBytes: 10_000 });
    const rows = Array.from({ length: 500 }, (_, i) => [`case ${i}`, 'a long enough answer']);
    const attempt = wb.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('D1').values = [['small write first']];
      sheet.getRange('A1:B500').values = rows;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.getCell('Sheet1', 'D1').value).toBe('');
    expect(wb.stats.largestRequestBytes).toBeGreaterThan(10_000);
  });

  test('the default limit is 5 MB', async () => {
    const wb = new SimWorkbook();
    const row = ['x'.repeat(1000)];
    const big = Array.from({ length: 6000 }, () => row);
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A6000').values = big;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const half = big.slice(0, 3000);
    await wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3000').values = half;
      await context.sync();
    });
    expect(wb.getCell('Sheet1', 'A3000').value).toHaveLength(1000);
  });

  test('a response over the limit fails with ResponsePayloadSizeLimitExceeded', async () => {
    const wb = new SimWorkbook({ responseLimitBytes: 1000 });
    await wb.setValues(
      'Sheet1',
      'A1',
      Array.from({ length: 100 }, () => ['twenty characters...']),
    );
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').load('values');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  test('actions before a failing one stay applied, as Excel does not roll back', async () => {
    const wb = new SimWorkbook();
    const attempt = wb.host().run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['applied']];
      context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['never']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(wb.getCell('Sheet1', 'A1').value).toBe('applied');
  });
});
