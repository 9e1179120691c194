import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { SimWorkbook } from '../../../src/excel-sim';
import { WritePlan } from '../../../src/excel/findings/WritePlan';
import { planReportSheet } from '../../../src/excel/findings/writeReportSheet';
import { wrappedAnswerSheet } from '../../core/report/wrappedAnswerSheet';

const sheet = wrappedAnswerSheet;

/** Writes the sheet as a refresh does, then reads back how each cell of row 2 and C1 is formatted. */
async function formatsAfter(report: ReportSheet) {
  const workbook = new SimWorkbook();
  const plan = new WritePlan();
  planReportSheet(plan, report, { exists: false, tables: [], charts: [] });
  return workbook.host().run(async (context) => {
    for (const batch of plan.batches()) batch(context);
    const ws = context.workbook.worksheets.getItem('Findings');
    const formats = ['A2', 'B2', 'C2', 'C1'].map((a) =>
      ws.getRange(a).format.load('wrapText,verticalAlignment'),
    );
    await context.sync();
    return formats.map((f) => [f.wrapText, f.verticalAlignment]);
  });
}

describe('planReportSheet wrapping', () => {
  it('wraps the ranges the layout asks for, aligned to the top, and no other cell', async () => {
    expect(await formatsAfter(sheet(['A2:C2']))).toEqual([
      [true, 'Top'],
      [true, 'Top'],
      [true, 'Top'],
      [false, 'Bottom'],
    ]);
  });

  it('leaves every cell as Excel has it when the layout wraps nothing', async () => {
    expect(await formatsAfter(sheet())).toEqual(Array.from({ length: 4 }, () => [false, 'Bottom']));
  });
});
