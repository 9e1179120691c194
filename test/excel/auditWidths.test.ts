import { auditTemplate } from '../../src/core/template/auditTemplate';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { counted } from './auditFixture';

/** Widths in points of the Audit sheet's columns A.. as Excel reports them. */
async function widths(workbook: SimWorkbook, count: number): Promise<number[]> {
  return workbook.host().run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Audit');
    const cells = Array.from({ length: count }, (_, c) =>
      sheet.getRangeByIndexes(0, c, 1, 1).format.load('columnWidth'),
    );
    await context.sync();
    return cells.map((f) => f.columnWidth);
  });
}

async function rowOne(workbook: SimWorkbook): Promise<{ height: number; vertical: string }> {
  return workbook.host().run(async (context) => {
    const format = context.workbook.worksheets.getItem('Audit').getRange('A1').format;
    format.load('rowHeight,verticalAlignment');
    await context.sync();
    return { height: format.rowHeight, vertical: format.verticalAlignment };
  });
}

async function setWidths(workbook: SimWorkbook, sized: Record<string, number>): Promise<void> {
  await workbook.host().run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Audit');
    for (const [columns, width] of Object.entries(sized)) sheet.getRange(columns).format.columnWidth = width;
    await context.sync();
  });
}

async function setUpNew(): Promise<{ workbook: SimWorkbook; audit: AuditWorkbook; header: string[] }> {
  const workbook = new SimWorkbook();
  const audit = new AuditWorkbook(workbook.host());
  await audit.setUp({ template: auditTemplate });
  const header = workbook.getValues('Audit', 'A2:AE2')[0]!.map(String);
  return { workbook, audit, header };
}

describe('Audit column widths', () => {
  test('a new sheet: fixed columns sized, answers by type, row 1 four lines tall from the top', async () => {
    const { workbook, header } = await setUpNew();
    const sized = await widths(workbook, header.length);
    const of = (name: string): number => sized[header.indexOf(name)]!;
    for (const width of sized) expect(width).toBeGreaterThan(48);
    expect(of('date_received')).toBe(of('Last saved')); // date-times alike
    expect(of('screened_24h')).toBeLessThan(of('case_type')); // a calculation narrower than a choice
    expect(of('case_type')).toBeLessThan(of('auditor_comments')); // free text widest
    expect(of('Version')).toBeLessThan(of('Status'));
    expect(await rowOne(workbook)).toEqual({ height: 60, vertical: 'Top' });
  });

  test('"Last saved" is at least as wide as Excel autofits a saved date-time', async () => {
    const { workbook, header } = await setUpNew();
    const scratch = header.length + 2;
    await workbook.host().run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Audit').getRangeByIndexes(2, scratch, 1, 1);
      cell.numberFormat = [['yyyy-mm-dd hh:mm']];
      cell.values = [[45000.99]]; // 2023-03-15 23:45
      cell.format.autofitColumns();
      await context.sync();
    });
    const all = await widths(workbook, scratch + 1);
    expect(all[header.indexOf('Last saved')]).toBeGreaterThanOrEqual(all[scratch]!);
  });

  test("setting up again sizes only columns at Excel's default width and new ones, in 3 round trips", async () => {
    const { workbook, audit, header } = await setUpNew();
    const first = await widths(workbook, header.length);
    // A sheet set up before widths existed, where the auditor has since widened Auditor and narrowed Version.
    await setWidths(workbook, { 'A:AE': 48, 'B:B': 150, 'F:F': 30 });
    await workbook.host().run(async (context) => {
      context.workbook.worksheets.getItem('Audit').getRange('A1').format.rowHeight = 33;
      await context.sync();
    });
    const questions = workbook.snapshot().sheets.find((s) => s.name === 'Questions')!;
    const commentsRow = questions.values.findIndex((r) => r[1] === 'auditor_comments') + 1;
    await workbook.setCell('Questions', `B${commentsRow}`, 'final_comments');

    const { result, syncs } = await counted(workbook, () => audit.setUp('workbook'));
    expect(syncs).toBe(3);
    expect(result.addedColumns).toEqual(['final_comments']);
    const again = await widths(workbook, header.length + 1);
    const expected = [...first];
    expected[1] = 150;
    expected[5] = 30;
    expected[header.indexOf('auditor_comments')] = 48; // retired: no longer a question, left as it is
    expect(again.slice(0, header.length)).toEqual(expected);
    expect(again[header.length]).toBe(first[header.indexOf('auditor_comments')]); // the new text column
    expect((await rowOne(workbook)).height).toBe(33); // a person's row height is kept
  });
});
