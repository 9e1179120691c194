import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Answer } from '../../src/core/cases/CaseEvaluation';
import { auditTemplate } from '../../src/core/template/auditTemplate';
import type { MergeJson } from '../../src/cli/mergeJson';
import { tempFolder, writeAuditXlsx, type AuditXlsxOptions, type CaseRow } from './auditXlsx';
import { runBin, runCliFor, STACK_FRAME } from './runCliFor';

// Each test reads and writes whole .xlsx files, on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

const row = (id: string, status: string, answers: Record<string, Answer> = {}): CaseRow => ({
  record: { id, answers: new Map(Object.entries(answers)) },
  status,
});

async function workbook(name: string, rows: CaseRow[], options: AuditXlsxOptions = {}): Promise<string> {
  const path = folder.path(name);
  await writeAuditXlsx(path, { ...options, rows });
  return path;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The Audit sheet's rows under the header (row 2) as header name -> cell text, by Case ID. */
function auditRows(wb: ExcelJS.Workbook): Map<string, Record<string, string>> {
  const ws = wb.getWorksheet('Audit')!;
  const header = (ws.getRow(2).values as unknown[]).map(cellText);
  const rows = new Map<string, Record<string, string>>();
  for (let r = 3; r <= ws.rowCount; r++) {
    const cells: Record<string, string> = { row: String(r) };
    header.forEach((name, c) => name !== '' && (cells[name] = ws.getCell(r, c).text));
    if (cells['Case ID'] !== '') rows.set(cells['Case ID']!, cells);
  }
  return rows;
}

const contact = { case_type: 'contact', source: 'police' };
const versionSettings = (version: string) =>
  auditTemplate.settings.map((r) => (r[0] === 'version' ? ['version', version] : r));

let base: string;
let other: string;
let third: string;
beforeAll(async () => {
  base = await workbook('base.xlsx', [
    row('C001', 'Complete', { ...contact, police_clear: 'yes' }),
    row('C002', 'In progress', { case_type: 'contact', source: 'school' }),
    row('C003', 'Not started'),
  ]);
  other = await workbook('other.xlsx', [
    row('C001', 'Complete', { ...contact, police_clear: 'no' }),
    row('C002', 'Complete', { case_type: 'contact', source: 'school', primary_category: 'neglect' }),
    row('c003 ', 'Complete', { case_type: 're_referral', source: 'health' }),
    row('C010', 'Complete', { ...contact, police_clear: 'yes', primary_category: 'neglect' }),
  ]);
  third = await workbook('third.xlsx', [row('C010', 'Complete', { case_type: 're_referral' })]);
});

describe('a dry run says what would change and writes nothing', () => {
  it('lists the added and filled cases and the conflict, and leaves the folder as it was', async () => {
    const before = readdirSync(dirname(base)).sort();
    const run = await runCliFor('merge', base, other);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${other}: 4 case rows; 1 case added (C010); 2 cases filled in`);
    expect(run.out).toContain('C002: primary_category');
    expect(run.out).toContain('C003: case_type, source, Status');
    expect(run.out).toContain(`C001, police_clear: "Yes" in ${base} Audit!F3; "No" in ${other} Audit!F3`);
    expect(run.out).toContain('Dry run: nothing was written.');
    expect(readdirSync(dirname(base)).sort()).toEqual(before);
  });

  it('prints the same as JSON with --json, stdout holding the JSON alone', async () => {
    const run = await runCliFor('merge', base, other, third, '--json');
    expect(run.code).toBe(0);
    const merge = JSON.parse(run.out) as MergeJson;
    expect(merge).toMatchObject({ base, out: null, written: false, form: { version: '2023-03' } });
    expect(merge.totals).toEqual({ cases: 4, added: 1, filled: 2, conflicts: 2 });
    expect(merge.sources.map((s) => [s.file, s.role, s.added, s.conflicts])).toEqual([
      [base, 'base', [], 0],
      [other, 'merged', ['C010'], 1],
      [third, 'merged', [], 1],
    ]);
    // C010 came from other.xlsx: third.xlsx's different case type is a conflict with that answer, kept.
    expect(merge.conflicts[1]).toEqual({
      caseId: 'C010',
      question: 'case_type',
      kept: { answer: 'Contact/referral', file: other, cell: 'Audit!D6' },
      other: { answer: 'Re-referral', file: third, cell: 'Audit!D3' },
      cell: 'Audit!D6',
    });
  });
});

describe('--out writes the combined workbook', () => {
  const out = folder.path('combined.xlsx');
  let inputs: Buffer[];
  let combined: ExcelJS.Workbook;
  let rows: Map<string, Record<string, string>>;
  let run: Awaited<ReturnType<typeof runCliFor>>;

  beforeAll(async () => {
    inputs = [base, other, third].map((f) => readFileSync(f));
    run = await runCliFor('merge', base, other, third, '--out', out);
    combined = await open(out);
    rows = auditRows(combined);
  });

  it('reports, exits 0 and never changes a workbook it read', () => {
    expect(run.code).toBe(0);
    expect(run.err).toContain(`Wrote the combined workbook to ${out}`);
    expect(run.out).toContain(`Written to ${out}`);
    expect([base, other, third].map((f, i) => readFileSync(f).equals(inputs[i]!))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("keeps the base's answer in a conflict", () => {
    expect(rows.get('C001')).toMatchObject({ row: '3', police_clear: 'Yes', Status: 'Complete' });
    expect(rows.get('C010')).toMatchObject({ case_type: 'Contact/referral' });
  });

  it('fills blanks from the other workbook and moves a fresh case to its status', () => {
    expect(rows.get('C002')).toMatchObject({ primary_category: 'Neglect', Status: 'In progress' });
    expect(rows.get('C003')).toMatchObject({
      row: '5',
      case_type: 'Re-referral',
      source: 'Health',
      Status: 'Complete',
    });
  });

  it('adds cases only in a later workbook under the last case, inside the Audit table', () => {
    expect(rows.get('C010')).toMatchObject({
      row: '6',
      Auditor: 'Sam',
      Status: 'Complete',
      police_clear: 'Yes',
      primary_category: 'Neglect',
    });
    expect([...rows.keys()]).toEqual(['C001', 'C002', 'C003', 'C010']);
    const table = combined.getWorksheet('Audit')!.getTables()[0] as unknown as {
      table: { tableRef: string };
    };
    expect(table.table.tableRef).toMatch(/^A2:[A-Z]+6$/);
  });

  it('records the merge on a Merge log sheet: sources, counts and every conflict', () => {
    const log = combined.getWorksheet('Merge log')!;
    const text: string[] = [];
    log.eachRow({ includeEmpty: false }, (r) =>
      text.push(
        (r.values as unknown[])
          .slice(1)
          .map((v) => cellText(v))
          .join('|'),
      ),
    );
    expect(text[1]).toContain('Made 2023-03-01 09:30 by case-audit merge');
    expect(text).toContain(`1|${base}|Base|3|0|0|0`);
    expect(text).toContain(`2|${other}|Merged in|4|1|2|1`);
    expect(text).toContain(
      `C001|Was the contact from the Police clearly recorded?|police_clear|Yes|${base} Audit!F3|No|${other} Audit!F3|Audit!F3|`,
    );
    expect(text).toContain(
      `C010|Is this a contact/referral or a re-referral?|case_type|Contact/referral|${other} Audit!D6|Re-referral|${third} Audit!D3|Audit!D6|`,
    );
  });

  it('keeps an earlier Merge log when the combined workbook is merged again, and adds Merge log 2', async () => {
    const again = folder.path('again.xlsx');
    const run = await runCliFor('merge', out, other, '--out', again);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${other}: 4 case rows; nothing new; 1 conflict`);
    const names = (await open(again)).worksheets.map((w) => w.name);
    expect(names.slice(-2)).toEqual(['Merge log', 'Merge log 2']);
  });

  it('refuses --out naming one of the workbooks read, and writes nothing', async () => {
    const before = readFileSync(other);
    const again = await runCliFor('merge', base, other, '--out', other);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`--out ${other} is ${other}, one of the workbooks being merged`);
    expect(again.out).toBe('');
    expect(readFileSync(other).equals(before)).toBe(true);
  });
});

describe('a base on a plain sheet (Convert to Range) with a Version column', () => {
  const withVersion = (rows: unknown[][]) => {
    rows[0]!.push('Version');
    rows.slice(1).forEach((r, i) => r.push(i + 4));
  };

  it('fills in place, counts the save in Version, and adds under the last row with Version 0', async () => {
    const plain = await workbook(
      'plain.xlsx',
      [row('C001', 'Complete', contact), row('C002', 'In progress', { case_type: 'contact' })],
      { layout: 'plain', editAudit: withVersion },
    );
    const out = folder.path('plain-combined.xlsx');
    const run = await runCliFor('merge', plain, other, '--out', out);
    expect(run.code).toBe(0);
    const rows = auditRows(await open(out));
    expect(rows.get('C001')).toMatchObject({ police_clear: 'No', Version: '5' });
    expect(rows.get('C002')).toMatchObject({ source: 'School', primary_category: 'Neglect', Version: '6' });
    expect(rows.get('c003')).toMatchObject({ row: '5', case_type: 'Re-referral', Version: '0' });
    expect(rows.get('C010')).toMatchObject({ row: '6', Status: 'Complete', Version: '0' });
  });
});

describe('answers the codec cannot read', () => {
  const typed = (id: string, text: string) => (rows: unknown[][]) => {
    const at = rows[0]!.indexOf('date_received');
    rows.find((r) => r[0] === id)![at] = text;
  };

  it('are carried as typed into new rows, and are never filled over in the base', async () => {
    const mine = await workbook('typed-base.xlsx', [row('C001', 'In progress', contact)], {
      editAudit: typed('C001', 'last Tuesday'),
    });
    const theirs = await workbook(
      'typed-other.xlsx',
      [
        row('C001', 'Complete', { ...contact, date_received: { kind: 'dateTime', days: 19390.5 } }),
        row('C020', 'In progress', contact),
      ],
      { editAudit: typed('C020', 'soon') },
    );
    const out = folder.path('typed-combined.xlsx');
    const run = await runCliFor('merge', mine, theirs, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`C001, date_received: "last Tuesday" in ${mine} Audit!H3`);
    const rows = auditRows(await open(out));
    expect(rows.get('C001')).toMatchObject({ date_received: 'last Tuesday' });
    expect(rows.get('C020')).toMatchObject({ date_received: 'soon' });
  });
});

describe('new rows look like the rows above them', () => {
  it('take the dropdown and the style of the last case row', async () => {
    const path = await workbook('dropdowns.xlsx', [
      row('C001', 'Complete', contact),
      row('C002', 'Complete'),
    ]);
    const wb = await open(path);
    const ws = wb.getWorksheet('Audit')!;
    for (const address of ['C3', 'C4'])
      ws.getCell(address).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"Not started,In progress,Complete"'],
      };
    ws.getCell('C4').font = { bold: true };
    await wb.xlsx.writeFile(path);
    const out = folder.path('dropdowns-combined.xlsx');
    expect((await runCliFor('merge', path, third, '--out', out)).code).toBe(0);
    // An exceljs cell (findCell), not an office.js proxy: nothing to load.
    const added = (await open(out)).getWorksheet('Audit')!.findCell(5, 3)!;
    expect(added.text).toBe('Complete');
    expect(added.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Not started,In progress,Complete"'],
    });
    expect(added.font).toMatchObject({ bold: true });
  });
});

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v) return cellText(v.text);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

describe('workbooks that cannot be merged', () => {
  it('refuses question sets of another version, naming both files, and writes nothing', async () => {
    const newer = await workbook('newer.xlsx', [row('C001', 'Complete', contact)], {
      sheets: { Settings: versionSettings('2024-01') },
    });
    const out = folder.path('never.xlsx');
    const run = await runCliFor('merge', base, other, newer, '--out', out);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain(`${newer} cannot be merged into ${base}`);
    expect(run.err).toContain('version "2023-03" here, "2024-01" in');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a case on two rows of one workbook, naming its cells', async () => {
    const twice = await workbook('twice.xlsx', [
      row('C001', 'Complete', contact),
      row('c001', 'Complete', contact),
    ]);
    const run = await runCliFor('merge', base, twice);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`Case c001 has two rows in ${twice}`);
  });

  it('names a missing file or a file that is not a workbook, with no stack trace', async () => {
    const missing = await runCliFor('merge', base, folder.path('nope.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no file');
    const bin = runBin('merge', base, __filename);
    expect(bin.code).toBe(1);
    expect(bin.err).toContain('is not an Excel workbook (.xlsx)');
    expect(bin.err).not.toMatch(STACK_FRAME);
  });

  it('asks for two workbooks and refuses options that belong to findings', async () => {
    expect((await runCliFor('merge', base)).err).toContain('Name at least two workbooks');
    expect((await runCliFor('merge', base, other, '--include-in-progress')).code).toBe(2);
    expect((await runCliFor('merge', base, base)).err).toContain('are the same workbook');
  });
});
