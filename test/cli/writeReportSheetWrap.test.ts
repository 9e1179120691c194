import ExcelJS from 'exceljs';
import { writeReportSheet } from '../../src/cli/writeReportSheet';
import { wrappedAnswerSheet } from '../core/report/wrappedAnswerSheet';

const sheet = wrappedAnswerSheet(['A2:C2']);

describe('writeReportSheet (the command line copy)', () => {
  it('wraps, top-aligned, the cells the layout asks for, as the Excel writer does, and no others', () => {
    const workbook = new ExcelJS.Workbook();
    writeReportSheet(workbook, sheet, 0);
    const ws = workbook.getWorksheet('Findings')!;
    expect(['A2', 'B2', 'C2', 'C1'].map((a) => ws.getCell(a).alignment ?? null)).toEqual([
      { wrapText: true, vertical: 'top' },
      { wrapText: true, vertical: 'top' },
      { wrapText: true, vertical: 'top' },
      null,
    ]);
  });
});
