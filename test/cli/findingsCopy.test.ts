import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { startedRows, tempFolder, writeAuditXlsx } from './auditXlsx';
import { runCliFor } from './runCliFor';

// Each test reads and writes whole .xlsx files (and some start node), on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell's text on a sheet, row by row, so a test can look for what a reader would see. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(cell.text)));
  return out;
}

describe('--out writes the findings into a copy of the workbook', () => {
  const input = folder.path('audit.xlsx');
  const copy = folder.path('audit-findings.xlsx');
  let before: Buffer;
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    // The 14 waiting rows are begun, so their blank required answers are issues to link to.
    await writeAuditXlsx(input, {
      rows: startedRows(),
      escalations: [
        ['C005', 'Open'],
        ['C009', 'Closed'],
      ],
    });
    before = readFileSync(input);
    const run = await runCliFor('findings', input, '--out', copy);
    expect(run.code).toBe(0);
    expect(run.err).toContain(`Wrote the findings into ${copy}`);
    written = await open(copy);
  });

  it('leaves the workbook it read byte for byte as it was', () => {
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('keeps every sheet of the workbook and its answers, and adds Findings and Data quality', async () => {
    const original = await open(input);
    expect(written.worksheets.map((w) => w.name)).toEqual([
      ...original.worksheets.map((w) => w.name),
      'Findings',
      'Data quality',
    ]);
    expect(texts(written.getWorksheet('Audit')!)).toEqual(texts(original.getWorksheet('Audit')!));
  });

  it('writes the indicator sentences, percentages as numbers shown as percent, and the escalations', () => {
    const findings = written.getWorksheet('Findings')!;
    const all = texts(findings);
    expect(all).toContain('39 (91%) of 43 contacts/referrals from the Police were clearly recorded');
    expect(all).toContain('Escalations');
    let percentCell: ExcelJS.Cell | undefined;
    findings.eachRow((row) =>
      row.eachCell((cell) => {
        if (percentCell === undefined && cell.numFmt === '0%' && typeof cell.value === 'number')
          percentCell = cell;
      }),
    );
    expect(percentCell).toBeDefined();
    expect(percentCell!.value).toBeGreaterThan(0);
    expect(percentCell!.value).toBeLessThanOrEqual(1);
  });

  it('lists every data-quality issue with a link to its cell on the Audit sheet', () => {
    const quality = written.getWorksheet('Data quality')!;
    let links = 0;
    let first: ExcelJS.CellHyperlinkValue | undefined;
    quality.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellHyperlinkValue | null;
        if (value !== null && typeof value === 'object' && 'hyperlink' in value) {
          links++;
          first ??= value;
        }
      }),
    );
    expect(links).toBe(14 * 14);
    expect(first).toEqual({ text: 'Audit!D69', hyperlink: "'Audit'!D69" });
  });

  it("adds the layout's native charts on the Findings sheet, pointing at its tables", () => {
    const files = unzipSync(readFileSync(copy));
    const charts = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    // One per question and indicator the template asks a chart for.
    expect(charts.length).toBeGreaterThan(10);
    const types = strFromU8(files['[Content_Types].xml']!);
    for (const chart of charts) expect(types).toContain(`PartName="/${chart}"`);
    const xml = charts.map((c) => strFromU8(files[c]!)).join('');
    expect(xml).toMatch(/<c:f>(&apos;)?Findings(&apos;)?!\$A\$\d+:\$A\$\d+<\/c:f>/);
    const findingsPart = Object.keys(files).find(
      (f) => f.startsWith('xl/worksheets/sheet') && strFromU8(files[f]!).includes('<drawing r:id='),
    );
    expect(findingsPart).toBeDefined();
    expect(strFromU8(files['xl/workbook.xml']!)).toMatch(/name="Findings"/);
  });

  it('replaces the Findings of an earlier run rather than adding a second', async () => {
    const again = folder.path('again.xlsx');
    const run = await runCliFor('findings', copy, '--out', again, '--include-in-progress');
    expect(run.code).toBe(0);
    const twice = await open(again);
    expect(
      twice.worksheets.map((w) => w.name).filter((n) => n === 'Findings' || n === 'Data quality'),
    ).toEqual(['Findings', 'Data quality']);
    const chartCount = (path: string): number =>
      Object.keys(unzipSync(readFileSync(path))).filter((f) => f.startsWith('xl/charts/')).length;
    expect(chartCount(again)).toBe(chartCount(copy));
    const tables = twice.worksheets.flatMap((w) =>
      w.getTables().map((t) => (t as unknown as { name: string }).name),
    );
    expect(new Set(tables.map((t) => t.toLowerCase())).size).toBe(tables.length);
  });
});
