import { seedCases } from '../core/template/seedCases';
import { seedRows, startedRows, tempFolder, writeAuditXlsx } from './auditXlsx';
import { runCliFor } from './runCliFor';
import type { FindingsJson } from '../../src/core/findings/findingsJson';

// Each test reads and writes whole .xlsx files (and some start node), on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

let files = 0;

/** The --json output for a workbook written with these options; stderr must be empty unless `warnings` says. */
async function json(
  options: Parameters<typeof writeAuditXlsx>[1],
  flags: readonly string[] = [],
  warnings = '',
): Promise<FindingsJson> {
  const file = folder.path(`w${++files}.xlsx`);
  await writeAuditXlsx(file, options);
  const run = await runCliFor('findings', file, '--json', ...flags);
  expect(run.err).toBe(warnings);
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as FindingsJson;
}

describe('case-audit findings on the template workbook with the 66 audited cases', () => {
  let result: FindingsJson;
  beforeAll(async () => {
    result = await json({});
  });

  it('counts the Complete cases and reports every status', () => {
    expect(result.form).toEqual({ title: 'Contacts and re-referrals audit', version: '2023-03' });
    expect(result.cases).toEqual({ rows: 80, included: 66, byStatus: { Complete: 66, 'Not started': 14 } });
  });

  it("reproduces the seed report's figures, each with its own denominator", () => {
    const byName = new Map(result.indicators.map((i) => [i.name, i]));
    expect(byName.get('police_clear')).toEqual({
      name: 'police_clear',
      label: 'contacts/referrals from the Police were clearly recorded',
      numerator: 39,
      denominator: 43,
      percent: 91,
      sentence: '39 (91%) of 43 contacts/referrals from the Police were clearly recorded',
    });
    expect(byName.get('reref_0_3_months')?.sentence).toBe(
      '21 (68%) of 31 re-referrals came within 0-3 months of previous involvement',
    );
    // Date-times went through the file as serials with a date format and came back as the same instants.
    expect(byName.get('screened_24h')?.sentence).toBe(
      '65 (98%) of 66 cases audited were screened within 24 hours',
    );
  });

  it('tables each select question with its not-applicable and missing counts', () => {
    const q = result.questions.find((x) => x.name === 'reref_interval')!;
    expect(q).toMatchObject({ applicable: 31, answered: 31, notApplicable: 35, missing: 0 });
    expect(q.choices.map((c) => [c.label, c.n, c.percent])).toEqual([
      ['0-3 months', 21, 68],
      ['4-6 months', 5, 16],
      ['7-12 months', 3, 10],
      ['More than 12 months', 2, 6],
    ]);
  });

  it('reports no issue for the complete cases, nor blank answers of the Not started rows nobody has begun', () => {
    expect(result.issues).toEqual([]);
  });

  it('lists data-quality issues with sheet, cell and case once those rows are In progress', async () => {
    const started = await json({ rows: startedRows() });
    expect(started.issues.filter((i) => !i.caseId.startsWith('N'))).toEqual([]);
    // The first waiting row is row 69 (labels, header, 66 cases); case_type is column D.
    expect(started.issues[0]?.message).toContain('needs an answer');
    expect(started.issues[0]).toMatchObject({
      sheet: 'Audit',
      cell: 'D69',
      caseId: 'N001',
      question: 'case_type',
      kind: 'required',
    });
  });

  it('has exactly the documented top-level fields', () => {
    expect(Object.keys(result)).toEqual(['form', 'cases', 'indicators', 'questions', 'issues', 'coverage']);
  });
});

describe('the text report', () => {
  it('gives the heading, the sentences, a table per question and the first issues, and only published figures', async () => {
    const file = folder.path('text.xlsx');
    await writeAuditXlsx(file, { rows: startedRows() });
    const run = await runCliFor('findings', file);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const lines = run.out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Contacts and re-referrals audit (version 2023-03)',
      '66 of 80 cases included (Complete 66, In progress 14)',
      'Only Complete cases are counted (--include-in-progress counts In progress ones too).',
    ]);
    expect(lines).toContain('  21 (68%) of 31 re-referrals came within 0-3 months of previous involvement');
    const interval = lines.indexOf('  Time from previous involvement to re-referral [reref_interval]');
    expect(lines.slice(interval + 1, interval + 3)).toEqual([
      '    31 applicable, 31 answered, 35 not applicable, 0 missing',
      '      0-3 months              21     68%',
    ]);
    expect(lines).toContain('Data quality: 196 issues');
    expect(lines.filter((l) => l.startsWith('  Audit!'))).toHaveLength(10);
    expect(lines).toContain('  ...and 186 more: --json or --out lists every one.');
  });
});

describe('the same workbook in other shapes gives the same findings', () => {
  let tables: FindingsJson;
  beforeAll(async () => {
    tables = await json({});
  });

  it('reads plain sheets (Convert to Range) as it reads tables', async () => {
    expect(await json({ layout: 'plain' })).toEqual(tables);
  });

  it('reads an Audit sheet whose header is in row 1, issues pointing one row up', async () => {
    const plain = await json({ layout: 'plain', auditHeaderRow: 1, rows: startedRows() });
    expect(plain.indicators).toEqual(tables.indicators);
    expect(plain.issues[0]?.cell).toBe('D68');
  });

  it('includes every row with a Case ID when there is no Status column, and skips rows without one', async () => {
    const rows = seedCases().map((record) => ({ record, status: '' }));
    const result = await json(
      { withoutStatus: true, rows, editAudit: (cells) => cells.push(['', '', 'Contact/referral']) },
      [],
      'Warning: Audit!A69: Row 69 holds answers but no Case ID, so it is left out of the findings. Enter its Case ID.\n',
    );
    expect(result.cases).toEqual({ rows: 66, included: 66, byStatus: {} });
    expect(result.indicators.find((i) => i.name === 'police_clear')?.sentence).toBe(
      '39 (91%) of 43 contacts/referrals from the Police were clearly recorded',
    );
  });

  it('counts In progress cases only with --include-in-progress', async () => {
    const rows = seedRows().map((r, i) => (i < 6 ? { ...r, status: 'In progress' } : r));
    expect((await json({ rows })).cases).toMatchObject({
      included: 60,
      byStatus: { 'In progress': 6, Complete: 60 },
    });
    expect((await json({ rows }, ['--include-in-progress'])).cases.included).toBe(66);
  });
});
