import type { CaseStatus } from '../../../src/core/cases/CaseStore';
import { findingsReport } from '../../../src/core/report/findingsReport';
import type { PlanningRecords } from '../../../src/core/report/PlanningRecords';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { seedCases } from '../template/seedCases';
import { at, rowOf, seedFindings, sheetNamed } from './reportFixture';

/** 66 seed cases: C001-C060 Complete, C061-C063 In progress, C064-C066 Not started; Ann has the odd ones. */
const statusOf = (i: number): CaseStatus => (i < 60 ? 'Complete' : i < 63 ? 'In progress' : 'Not started');
const cases = seedCases().map((c, i) => ({ ...c, status: statusOf(i) }));
const planning: PlanningRecords = {
  cases: cases.map((c, i) => ({ id: c.id, status: c.status, auditor: i % 2 === 0 ? 'Ann Lee' : 'Bo Chan' })),
  draws: [{ sample: 1, method: '66 of 100 cases at random', population: 100, drawn: 66 }],
  marks: [
    { caseId: 'C064', reason: 'No access to the record' },
    { caseId: 'C065', reason: 'No access to the record' },
    { caseId: 'C001', reason: 'Record sealed by court' },
  ],
};
const escalations = [
  { caseId: 'C002', status: 'Open' },
  { caseId: 'C003', status: 'Closed' },
];

/** A laid-out table's data rows by their first cell, from the table's own range. */
function table(sheet: ReportSheet, name: string): Record<string, unknown[]> {
  const range = sheet.tables.find((t) => t.name === name)?.range;
  if (range === undefined) throw new Error(`No table ${name}`);
  const [, top, bottom] = /^A(\d+):[A-Z]+(\d+)$/.exec(range)!.map(Number);
  const out: Record<string, unknown[]> = {};
  for (let r = top! + 1; r <= bottom!; r++) {
    const row = sheet.cells[r - 1]!;
    out[String(row[0])] = row.slice(1);
  }
  return out;
}

const text = (sheets: readonly ReportSheet[]): string => JSON.stringify(sheets);

describe('Sample and coverage, and Progress, on the Findings sheet', () => {
  const team = sheetNamed(
    findingsReport(seedFindings({ cases }), { refreshedAt: 'x', audience: 'team', escalations, planning }),
    'Findings',
  );

  it('shows the sample against the Audit rows, the counted cases equal to the figures included', () => {
    const rows = table(team, 'Findings_Coverage');
    expect(rows).toEqual({
      'Sampled (Samples sheet)': [66],
      'In the Audit sheet': [66],
      'Audited (Complete)': [59],
      'In progress': [3],
      'Not started': [1],
      'Not audited (Not audited sheet)': [3],
      'Counted in these findings': [60],
    });
    expect(team.tables.map((t) => t.name)).toContain('Findings_Coverage');
    expect(at(team, `A${rowOf(team, 'Sample and coverage') + 2}`)).toBe(
      'Sample 1 (Samples sheet): 66 of 100 cases at random.',
    );
  });

  it('warns that a Complete case marked Not audited is still counted, and lists the reasons', () => {
    const warning = team.cells.flat().find((v) => String(v).includes('still counted'));
    expect(warning).toMatch(/^1 case marked Not audited is still counted/);
    expect(table(team, 'Findings_NotAudited')).toEqual({
      'No access to the record': [2],
      'Record sealed by court': [1],
    });
  });

  it('lays out the progress board per auditor and overall, with escalations', () => {
    const rows = table(team, 'Findings_Progress');
    expect(rows['Ann Lee']).toEqual([0, 2, 29, 2, 33, 1, 0]);
    expect(rows['Bo Chan']).toEqual([1, 1, 30, 1, 33, 1, 1]);
    expect(rows['All auditors']).toEqual([1, 3, 59, 3, 66, 2, 1]);
    expect(rowOf(team, 'Progress')).toBeGreaterThan(rowOf(team, 'Escalations'));
  });

  it('with no Samples or Not audited table gives the Audit counts only, and invents no sampled figure', () => {
    const bare = sheetNamed(
      findingsReport(seedFindings({ cases }), {
        refreshedAt: 'x',
        audience: 'team',
        planning: { cases: planning.cases },
      }),
      'Findings',
    );
    const rows = table(bare, 'Findings_Coverage');
    expect(Object.keys(rows)).toEqual([
      'In the Audit sheet',
      'Audited (Complete)',
      'In progress',
      'Not started',
      'Counted in these findings',
    ]);
    expect(rows['Not started']).toEqual([3]);
    const all = text([bare]);
    expect(all).toContain('No sample is recorded in this workbook (there is no Samples sheet).');
    expect(all).toContain('there is no Not audited sheet');
    expect(all).not.toContain('Escalations');
  });

  it('leaves out Progress when no case has an auditor, and both sections without planning records', () => {
    const unallocated = { ...planning, cases: planning.cases.map((c) => ({ ...c, auditor: '' })) };
    const sheets = findingsReport(seedFindings({ cases }), {
      refreshedAt: 'x',
      audience: 'team',
      planning: unallocated,
    });
    expect(text(sheets)).toContain('Sample and coverage');
    expect(text(sheets)).not.toContain('"Progress"');
    const none = text(findingsReport(seedFindings({ cases }), { refreshedAt: 'x', audience: 'team' }));
    expect(none).not.toContain('Sample and coverage');
  });
});

describe('Sample and coverage on the board copy', () => {
  const board = findingsReport(seedFindings({ cases, suppress: true }), {
    refreshedAt: 'x',
    audience: 'board',
    escalations,
    planning,
  });
  const findings = sheetNamed(board, 'Findings');

  it('keeps the coverage counts, suppressing the small ones', () => {
    const rows = table(findings, 'Findings_Coverage');
    expect(rows).toEqual({
      'Sampled (Samples sheet)': [66],
      'In the Audit sheet': [66],
      'Not audited (Not audited sheet)': ['c'],
      'Counted in these findings': [60],
    });
  });

  it('names no auditor, gives no reason or method, and has no progress board', () => {
    const all = text(board);
    for (const words of ['Ann Lee', 'Bo Chan', 'No access', 'sealed', 'at random', 'Progress', 'Auditor'])
      expect(all).not.toContain(words);
  });
});
