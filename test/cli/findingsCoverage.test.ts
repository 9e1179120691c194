import ExcelJS from 'exceljs';
import { tempFolder, writeAuditXlsx } from './auditXlsx';
import { runCliFor } from './runCliFor';

// Each test reads and writes whole .xlsx files, on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

/** The seed workbook (66 Complete, N001-N014 Not started, all Sam's) with Samples and Not audited sheets. */
async function plannedWorkbook(name: string): Promise<string> {
  const file = folder.path(name);
  await writeAuditXlsx(file, { escalations: [['C001', 'Open']] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.addWorksheet('Samples').addRows([
    ['Sample', 'Method', 'Request', 'Population', 'Drawn'],
    [1, '80 of 100 cases at random', '{"kind":"total","size":80}', 100, 80],
    [2, 'moderation: 7 of 66 completed cases (share 0.1)', '{"kind":"moderation","share":0.1}', 66, 7],
  ]);
  workbook.addWorksheet('Not audited').addRows([
    ['Case ID', 'Reason', 'Marked by', 'Marked at'],
    ['N001', 'No access to the record', 'Lead', 44963],
    ['N002', 'No access to the record', 'Lead', 44963],
    ['C066', 'Record sealed', 'Lead', 44963],
  ]);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('case-audit findings reports the sample and its coverage', () => {
  it('gives the coverage figures and the progress board in --json, from the same code as the add-in', async () => {
    const run = await runCliFor('findings', await plannedWorkbook('json.xlsx'), '--json');
    expect(run.code).toBe(0);
    const { coverage } = JSON.parse(run.out) as { coverage: Record<string, unknown> };
    expect(coverage).toMatchObject({
      sampled: 80,
      inAudit: 80,
      audited: 65,
      inProgress: 0,
      notStarted: 12,
      notAudited: 3,
      counted: 66,
      markedButCounted: 1,
      notAuditedReasons: [
        { reason: 'No access to the record', count: 2 },
        { reason: 'Record sealed', count: 1 },
      ],
    });
    expect(coverage.byAuditor).toEqual([
      {
        auditor: 'Sam',
        notStarted: 12,
        inProgress: 0,
        complete: 65,
        notAudited: 3,
        cases: 80,
        escalations: 1,
        openEscalations: 1,
      },
    ]);
  });

  it('prints them in the text report and writes them into the --out copy', async () => {
    const out = folder.path('copy.xlsx');
    const run = await runCliFor('findings', await plannedWorkbook('text.xlsx'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Sampled: 80 (sample 1: 80 of 100 cases at random)');
    expect(run.out).toContain(
      'In the Audit sheet: 80 (audited 65, in progress 0, not started 12, not audited 3)',
    );
    expect(run.out).toMatch(/Sam\s+12\s+0\s+65\s+3\s+80\s+1\s+1/);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const column = copy.getWorksheet('Findings')!.getColumn(1).values.map(String);
    expect(column).toEqual(expect.arrayContaining(['Sample and coverage', 'Progress', 'Sam']));
  });

  it('without planning sheets, states there is no sample instead of a sampled figure', async () => {
    const file = folder.path('plain.xlsx');
    await writeAuditXlsx(file);
    const run = await runCliFor('findings', file, '--json');
    const { coverage } = JSON.parse(run.out) as { coverage: Record<string, unknown> };
    expect(coverage).toMatchObject({ sampled: null, draws: null, notAudited: null, inAudit: 80 });
  });
});
