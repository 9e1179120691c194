import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/sheets/SheetData';
import type { FindingsJson } from '../../src/core/findings/findingsJson';
import { tempFolder } from './auditXlsx';
import { runCliFor } from './runCliFor';

// Each test reads and writes whole .xlsx files (and some start node), on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

function sheet(workbook: ExcelJS.Workbook, name: string, rows: CellValue[][]): void {
  const ws = workbook.addWorksheet(name);
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
}

/**
 * An XLSForm as ODK Build or KoboToolbox exports it (survey/choices/settings, translated label columns, the
 * settings as one row under their names) with a plain Audit sheet added: header in row 1, no Status column.
 */
async function xlsForm(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  sheet(workbook, 'survey', [
    ['type', 'name', 'label::English (en)', 'label::Cymraeg (cy)', 'required', 'relevant', 'constraint'],
    ['select_one yn', 'visited', 'Was the child seen?', 'A welwyd y plentyn?', 'yes', null],
    [
      'select_one yn',
      'seen_alone',
      'Was the child seen alone?',
      'A welwyd y plentyn ar ei ben ei hun?',
      'yes',
      "${visited} = 'yes'",
    ],
    // Only 15 January 2024 passes, so a date read a day out (a time zone slip) would be reported.
    [
      'date',
      'visit_date',
      'Date of the visit',
      'Dyddiad',
      null,
      "${visited} = 'yes'",
      ". = date('2024-01-15')",
    ],
  ]);
  sheet(workbook, 'choices', [
    ['list_name', 'name', 'label::English (en)', 'label::Cymraeg (cy)'],
    ['yn', 'yes', 'Yes', 'Ydy'],
    ['yn', 'no', 'No', 'Nac ydy'],
  ]);
  sheet(workbook, 'settings', [
    ['form_title', 'form_id', 'version'],
    ['Child seen audit', 'child_seen', '2024-01'],
  ]);
  const audit = workbook.addWorksheet('Audit');
  const rows: CellValue[][] = [
    ['Case ID', 'visited', 'seen_alone', 'visit_date'],
    ['K1', 'yes', 'yes', null],
    ['K2', 'Yes', 'no', null],
    ['K3', 'no', null, null],
    ['K4', 'yes', 'maybe', null],
    [14, 'no', 'yes', null],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (audit.getCell(i + 1, c + 1).value = v)));
  // A true date, as Excel saves a date cell: the reader must see it as the date it shows.
  audit.getCell('D2').value = new Date(Date.UTC(2024, 0, 15));
  audit.getCell('D2').numFmt = 'dd/mm/yyyy';
  audit.getCell('D3').value = 'next week';
  await workbook.xlsx.writeFile(path);
}

describe('an ODK/KoboToolbox XLSForm file with an Audit sheet', () => {
  let result: FindingsJson;
  beforeAll(async () => {
    const path = folder.path('form.xlsx');
    await xlsForm(path);
    const run = await runCliFor('findings', path, '--json');
    expect(run.code).toBe(0);
    result = JSON.parse(run.out) as FindingsJson;
  });

  it('takes the title and version from the XLSForm settings row, and counts every case (no Status column)', () => {
    expect(result.form).toEqual({ title: 'Child seen audit', version: '2024-01' });
    expect(result.cases).toEqual({ rows: 5, included: 5, byStatus: {} });
  });

  it('reads choices by name or label in any case, with the first language as the label', () => {
    const visited = result.questions.find((q) => q.name === 'visited')!;
    expect(visited.label).toBe('Was the child seen?');
    expect(visited.choices.map((c) => [c.label, c.n])).toEqual([
      ['Yes', 3],
      ['No', 2],
    ]);
  });

  it('applies relevance: answers where the question does not apply are ignored and reported', () => {
    const alone = result.questions.find((q) => q.name === 'seen_alone')!;
    // K4's "maybe" is not a choice: applicable, but missing.
    expect(alone).toMatchObject({ applicable: 3, answered: 2, notApplicable: 2, missing: 1 });
    expect(result.issues.map((i) => [i.cell, i.caseId, i.kind])).toEqual(
      expect.arrayContaining([
        ['C6', '14', 'not-applicable-answered'],
        ['C5', 'K4', 'invalid'],
        ['D3', 'K2', 'invalid'],
      ]),
    );
  });

  it('reads a date cell as the date it shows', () => {
    expect(result.issues.filter((i) => i.question === 'visit_date').map((i) => i.cell)).toEqual(['D3']);
  });
});
