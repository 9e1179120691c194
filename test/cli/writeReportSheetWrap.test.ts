import ExcelJS from 'exceljs';
import type { ReportSheet } from '../../src/core/report/ReportSheet';
import { writeReportSheet } from '../../src/cli/writeReportSheet';

const sheet: ReportSheet = {
  name: 'Findings',
  cells: [
    ['Question', 'Case ID', 'First answer'],
    ['Who made the contact or referral?', 'C001', 'Family or member of the public'],
  ],
  styles: [],
  tables: [],
  charts: [],
  links: [],
  wrapped: ['A2:C2'],
  columnWidths: [48, 10, 18],
  freezeRows: 0,
};

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
