import { auditTemplate } from '../../src/core/template/auditTemplate';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { counted } from './auditFixture';

describe('Set up audit shows the Audit sheet, where the auditor goes next', () => {
  test('a new workbook ends on the Audit sheet, still in 3 round trips', async () => {
    const workbook = new SimWorkbook();
    expect(workbook.snapshot().activeSheet).toBe('Sheet1');
    const { syncs } = await counted(workbook, () =>
      new AuditWorkbook(workbook.host()).setUp({ template: auditTemplate }),
    );
    expect(syncs).toBe(3);
    expect(workbook.snapshot().activeSheet).toBe('Audit');
  });

  test('setting up again from another sheet goes back to the Audit sheet', async () => {
    const workbook = new SimWorkbook();
    const audit = new AuditWorkbook(workbook.host());
    await audit.setUp({ template: auditTemplate });
    await workbook.select('Questions', 'B2');
    expect(workbook.snapshot().activeSheet).toBe('Questions');
    await audit.setUp({ template: auditTemplate });
    expect(workbook.snapshot().activeSheet).toBe('Audit');
  });

  test('a hidden Audit sheet stays hidden and set-up still succeeds', async () => {
    const workbook = new SimWorkbook();
    const audit = new AuditWorkbook(workbook.host());
    await audit.setUp({ template: auditTemplate });
    await workbook.select('Questions', 'A1');
    await workbook.host().run(async (context) => {
      context.workbook.worksheets.getItem('Audit').visibility = 'Hidden';
      await context.sync();
    });
    const result = await audit.setUp({ template: auditTemplate });
    expect(result.issues).toEqual([]);
    const snapshot = workbook.snapshot();
    expect(snapshot.activeSheet).toBe('Questions');
    expect(snapshot.sheets.find((s) => s.name === 'Audit')?.visibility).toBe('Hidden');
  });
});
