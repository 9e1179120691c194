import type { Answer, CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { findingsReport } from '../../../src/core/report/findingsReport';
import { seedCases } from '../template/seedCases';
import { at, seedFindings, sheetNamed } from './reportFixture';

/** Two seed cases with a problem each: a required answer left blank, and a police answer on a school case. */
function casesWithIssues(): CaseRecord[] {
  const cases = seedCases().map((c, i) => ({
    ...c,
    id: `C-${String(i + 1).padStart(3, '0')}`,
    sheet: 'Audit',
    cells: new Map([...c.answers.keys()].map((q, j) => [q, `${String.fromCharCode(71 + (j % 20))}${i + 3}`])),
  }));
  const blank = new Map<string, Answer>(cases[4]!.answers);
  blank.set('mash_checks', null);
  cases[4] = { ...cases[4]!, answers: blank };
  return cases;
}

describe('the Data quality sheet', () => {
  const findings = seedFindings({ cases: casesWithIssues() });
  const dq = sheetNamed(findingsReport(findings, { refreshedAt: 'now', audience: 'team' }), 'Data quality');

  it('lists every issue with case, question, kind, message and the cell, in a table', () => {
    expect(findings.issues.length).toBeGreaterThan(0);
    expect(dq.tables).toEqual([{ name: 'DataQuality_Issues', range: `A4:E${4 + findings.issues.length}` }]);
    expect(dq.cells[3]).toEqual(['Case ID', 'Question', 'Kind', 'Message', 'Cell']);
    const row = dq.cells.findIndex((r) => r[0] === 'C-005' && r[1] === 'mash_checks');
    expect(row).toBeGreaterThan(3);
    const issue = findings.issues.slice().find((i) => i.caseId === 'C-005' && i.question === 'mash_checks')!;
    expect(dq.cells[row]).toEqual(['C-005', 'mash_checks', 'required', issue.message, `Audit!${issue.cell}`]);
    expect(dq.freezeRows).toBe(4);
  });

  it('links each cell address to the answer on the Audit sheet', () => {
    expect(dq.links).toHaveLength(findings.issues.length);
    for (const link of dq.links) {
      const shown = at(dq, link.cell) as string;
      expect(link.target).toBe(`'Audit'!${shown.slice('Audit!'.length)}`);
      expect(link.cell).toMatch(/^E\d+$/);
    }
  });

  it('says so when there is nothing to fix, without an empty table', () => {
    const clean = sheetNamed(
      findingsReport(seedFindings(), { refreshedAt: 'now', audience: 'team' }),
      'Data quality',
    );
    expect(clean.tables).toEqual([]);
    expect(clean.cells.flat()).toContain('No problems found.');
  });
});
