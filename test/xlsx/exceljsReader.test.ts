import ExcelJS from 'exceljs';
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { sampleReport } from './sampleReport';

/** exceljs as a second, independent reader: what it finds must be what was laid out. */
async function load(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(writeXlsx(sampleReport())) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('writeXlsx read back with exceljs', () => {
  it('finds the sheets, values, fonts, formats, widths, frozen rows and links', async () => {
    const workbook = await load();
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['About this copy', 'Findings & more']);
    const findings = workbook.getWorksheet('Findings & more')!;
    expect(findings.getCell('A1').value).toBe('Re-referrals <audit>');
    expect(findings.getCell('A1').font?.bold).toBe(true);
    expect(findings.getCell('A1').font?.size).toBe(16);
    expect(findings.getCell('B2').font?.bold).toBe(true);
    expect(findings.getCell('B3').value).toBe(21);
    expect(findings.getCell('B4').value).toBe('c');
    expect(findings.getCell('D3').value).toBe(0.68);
    expect(findings.getCell('D3').numFmt).toBe('0%');
    expect(findings.getColumn(1).width).toBe(40);
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // exceljs 4.4 reads only links with a relationship, not internal `location` ones (readXlsx checks those).
    expect(workbook.getWorksheet('About this copy')!.getCell('A4').font?.underline).toBe(true);
  });

  it('finds wrapped cells wrapping, top-aligned, with their own font and format', async () => {
    const [about, findings] = sampleReport();
    const workbook = new ExcelJS.Workbook();
    const bytes = writeXlsx([about!, { ...findings!, wrapped: ['A3', 'D3'] }]);
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Findings & more')!;
    for (const a of ['A3', 'D3'])
      expect([a, sheet.getCell(a).alignment]).toEqual([a, { wrapText: true, vertical: 'top' }]);
    expect(sheet.getCell('D3').numFmt).toBe('0%');
    expect(sheet.getCell('B3').alignment?.wrapText).toBeUndefined();
  });

  it('finds the tables by name with their columns', async () => {
    const findings = (await load()).getWorksheet('Findings & more')!;
    const table = findings.getTable('Indicators') as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(table.table.tableRef).toBe('A2:D4');
    expect(table.table.columns.map((c) => c.name)).toEqual(['Indicator', 'n', 'of N', '%']);
  });
});
