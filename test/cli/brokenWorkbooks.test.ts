import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { auditTemplate } from '../../src/core/template/auditTemplate';
import { seedRows, tempFolder, writeAuditXlsx } from './auditXlsx';
import { runBin, runCliFor, STACK_FRAME, type CliRun } from './runCliFor';

// Each test reads and writes whole .xlsx files (and some start node), on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

let good: string;
beforeAll(async () => {
  good = folder.path('good.xlsx');
  await writeAuditXlsx(good);
});

async function workbook(name: string, options: Parameters<typeof writeAuditXlsx>[1]): Promise<string> {
  const path = folder.path(name);
  await writeAuditXlsx(path, options);
  return path;
}

/** Every failure: the given exit code, the message on stderr, nothing on stdout, and never a stack trace. */
function expectFailure(run: CliRun, code: number, ...messages: string[]): void {
  expect(run.code).toBe(code);
  expect(run.out).toBe('');
  for (const m of messages) expect(run.err).toContain(m);
  expect(run.err).not.toMatch(STACK_FRAME);
}

// A child node takes seconds on a busy machine (most of it loading exceljs), so the real bin runs for one case
// of each exit code; the other cases run the same runCli in this process, which is all the bin calls.
describe('the real bin, run as a child process', () => {
  it('prints the findings and exits 0 for a good workbook', () => {
    const run = runBin('findings', good);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('39 (91%) of 43 contacts/referrals from the Police were clearly recorded');
  });

  it('answers --help and --version on stdout with exit 0', () => {
    const help = runBin('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: case-audit findings');
    const version = JSON.parse(readFileSync(`${__dirname}/../../package.json`, 'utf8')) as {
      version: string;
    };
    expect(runBin('--version')).toMatchObject({ code: 0, out: `case-audit ${version.version}\n` });
  });

  it('exits 2 for a wrong command line and 1 for a workbook problem, with no stack trace', () => {
    expectFailure(runBin('findings'), 2, 'Name the audit workbook');
    const path = folder.path('text.xlsx');
    writeFileSync(path, 'not a workbook');
    expectFailure(runBin('findings', path), 1, 'is not an Excel workbook (.xlsx)');
  });
});

describe('a wrong command line exits 2 and says how to use it', () => {
  it.each([
    [[], 'case-audit findings <workbook.xlsx>'],
    [['findings'], 'Name the audit workbook'],
    [['report', 'x.xlsx'], 'Unknown command "report"'],
    [['findings', 'a.xlsx', 'b.xlsx'], 'one argument too many'],
    [['findings', 'a.xlsx', '--csv'], "Unknown option '--csv'"],
    [['findings', 'a.xlsx', '--out'], "Option '-o, --out <value>' argument missing"],
    [['findings', 'a.xlsx', '--out', 'copy.csv'], 'the copy must be an .xlsx file'],
  ])('%j', async (argv, message) => {
    expectFailure(await runCliFor(...argv), 2, message, 'case-audit --help');
  });

  it('refuses --out onto the workbook it reads, and leaves the workbook as it was', async () => {
    const before = readFileSync(good);
    expectFailure(await runCliFor('findings', good, '--out', good), 2, 'is the workbook being read');
    expect(readFileSync(good).equals(before)).toBe(true);
  });
});

describe('a workbook that cannot be used exits 1 with what to do', () => {
  it('a file that does not exist', async () => {
    expectFailure(
      await runCliFor('findings', folder.path('missing.xlsx')),
      1,
      'There is no file',
      'missing.xlsx',
    );
  });

  it('a text file renamed .xlsx', async () => {
    const path = folder.path('notes.xlsx');
    writeFileSync(path, 'Case ID,Status\nC001,Complete\n');
    expectFailure(
      await runCliFor('findings', path),
      1,
      'is not an Excel workbook (.xlsx)',
      'save it as an Excel Workbook',
    );
  });

  it('a password-protected workbook (an OLE2 container, as Excel encrypts it)', async () => {
    const path = folder.path('locked.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
    expectFailure(await runCliFor('findings', path), 1, 'password-protected', 'remove the password');
  });

  it('a damaged zip (cut short)', async () => {
    const path = folder.path('cut.xlsx');
    const bytes = readFileSync(good);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectFailure(await runCliFor('findings', path), 1, 'looks damaged or incomplete');
  });

  it('no Questions or survey sheet', async () => {
    const path = await workbook('noQuestions.xlsx', { sheets: { Questions: null } });
    expectFailure(
      await runCliFor('findings', path),
      1,
      'There is no Questions sheet (or XLSForm "survey" sheet)',
    );
  });

  it('question-set errors, each with its sheet and cell', async () => {
    const survey = auditTemplate.survey.map((r) => [...r]);
    survey[2]![0] = 'select_one no_such_list';
    survey[3]![7] = '. >= ${nowhere}';
    const path = await workbook('badQuestions.xlsx', { sheets: { Questions: survey } });
    const run = await runCliFor('findings', path);
    expectFailure(
      run,
      1,
      'problems stop the findings',
      'Questions!A3:',
      'Questions!H4:',
      'no_such_list',
      'nowhere',
    );
  });

  it('an indicator that does not compile, with its cell', async () => {
    const indicators = auditTemplate.indicators.map((r) => [...r]);
    indicators[1]![2] = "${case_type} = = 'contact'";
    const path = await workbook('badIndicator.xlsx', { sheets: { Indicators: indicators } });
    expectFailure(await runCliFor('findings', path), 1, 'Indicators!C2:', 'not a valid expression');
  });

  it('no Audit sheet', async () => {
    const path = folder.path('noAudit.xlsx');
    // Plain sheets, so that no table named Audit is left behind on the renamed sheet.
    await writeAuditXlsx(path, { layout: 'plain' });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('Audit')!.name = 'Audit (old)';
    await wb.xlsx.writeFile(path);
    expectFailure(
      await runCliFor('findings', path),
      1,
      'There is no Audit sheet',
      'If "Audit (old)" holds the cases, rename it',
    );
  });

  it('duplicate Case IDs, naming both cells, and computes nothing', async () => {
    const rows = seedRows();
    const path = await workbook('duplicates.xlsx', {
      rows: rows.map((r, i) => (i === 9 ? { ...r, record: { ...r.record, id: ' c003 ' } } : r)),
    });
    expectFailure(
      await runCliFor('findings', path),
      1,
      'Audit!A5: Cells A5 and A12 both hold case C003',
      'give each case its own Case ID',
    );
  });

  it('--out into a folder that does not exist, before reading anything', async () => {
    expectFailure(
      await runCliFor('findings', good, '--out', folder.path('nowhere/copy.xlsx')),
      1,
      'does not exist',
    );
  });

  it('--out naming a folder', async () => {
    expectFailure(await runCliFor('findings', good, '--out', folder.path('')), 2, 'must be an .xlsx file');
  });

  it('a workbook it may not read', async () => {
    const path = folder.path('private.xlsx');
    writeFileSync(path, readFileSync(good));
    chmodSync(path, 0o000);
    const run = await runCliFor('findings', path);
    chmodSync(path, 0o600);
    // root reads anything: then the workbook is simply read.
    if (process.getuid?.() === 0) expect(run.code).toBe(0);
    else expectFailure(run, 1, 'you do not have permission to read it');
  });
});
