import type { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { counted } from '../auditFixture';
import { auditRows, planningWith, type PlanningFixture } from '../planning/planningFixture';
import { fillCases } from './findingsFixture';

/** The Findings sheet's rows from `first` in column A down to the next blank one, by their first cell. */
function block(workbook: SimWorkbook, first: string): Map<string, unknown[]> {
  const rows = workbook.getValues('Findings', 'A1:H3000');
  const out = new Map<string, unknown[]>();
  for (let i = rows.findIndex((r) => r[0] === first); i >= 0 && rows[i]?.[0]; i++)
    out.set(String(rows[i]![0]), rows[i]!.slice(1));
  return out;
}

const text = (workbook: SimWorkbook): string =>
  workbook
    .getValues('Findings', 'A1:A3000')
    .map((r) => String(r[0] ?? ''))
    .join('\n');

/** 20 cases drawn and shared between Asha and Ben; 15 Complete, 2 In progress, 3 Not started. */
async function sampled(): Promise<PlanningFixture> {
  const fixture = await planningWith();
  const draw = await fixture.planning.drawSample({ kind: 'total', size: 20 }, 'coverage', 'Lead', {
    auditors: ['Asha', 'Ben'],
  });
  if (draw.kind !== 'drawn') throw new Error(JSON.stringify(draw.problems));
  await fillCases(fixture.workbook, 20, {
    status: (i) => (i < 15 ? 'Complete' : i < 17 ? 'In progress' : 'Not started'),
  });
  return fixture;
}

describe('Refresh findings reports the sample, its coverage and progress', () => {
  it('counts the drawn sample, the Not audited marks by reason, and each auditor', async () => {
    const fixture = await sampled();
    const rows = auditRows(fixture);
    await fixture.planning.markNotAudited(rows[19]!.id, 'No access to the record', 'Lead');
    await fixture.planning.markNotAudited(rows[18]!.id, 'No access to the record', 'Lead');
    await fixture.planning.markNotAudited(rows[0]!.id, 'Record sealed', 'Lead');
    await fixture.audit.escalate(rows[1]!.id, { reason: 'x', agreedWith: 'y', raisedBy: 'z' });
    const report = await fixture.audit.refreshFindings();
    const coverage = block(fixture.workbook, 'Cases');
    expect(coverage.get('Sampled (Samples sheet)')?.[0]).toBe(20);
    expect(coverage.get('In the Audit sheet')?.[0]).toBe(20);
    expect(coverage.get('Audited (Complete)')?.[0]).toBe(14);
    expect(coverage.get('In progress')?.[0]).toBe(2);
    expect(coverage.get('Not started')?.[0]).toBe(1);
    expect(coverage.get('Not audited (Not audited sheet)')?.[0]).toBe(3);
    expect(coverage.get('Counted in these findings')?.[0]).toBe(report.findings.cases.included);
    expect(block(fixture.workbook, 'Reason not audited').get('No access to the record')?.[0]).toBe(2);
    expect(text(fixture.workbook)).toMatch(/1 case marked Not audited is still counted/);
    const progress = block(fixture.workbook, 'Auditor');
    const asha = rows.filter((r) => r.auditor === 'Asha').length;
    expect(progress.get('Asha')?.[4]).toBe(asha);
    expect(progress.get('Ben')?.[4]).toBe(20 - asha);
    expect(progress.get('All auditors')).toEqual([1, 2, 14, 3, 20, 1, 1]);
  });

  it('without Samples or Not audited tables gives the Audit counts only', async () => {
    const fixture = await planningWith();
    await fixture.audit.addCases([{ caseId: 'K-001', auditor: '' }]);
    await fillCases(fixture.workbook, 1);
    await fixture.audit.refreshFindings();
    const coverage = block(fixture.workbook, 'Cases');
    expect(coverage.has('Sampled (Samples sheet)')).toBe(false);
    expect(coverage.has('Not audited (Not audited sheet)')).toBe(false);
    expect(coverage.get('Audited (Complete)')?.[0]).toBe(1);
    expect(text(fixture.workbook)).toContain('No sample is recorded in this workbook');
    expect(text(fixture.workbook)).not.toMatch(/^Progress$/m);
  });

  it('reads the planning tables within the round trips the refresh already makes', async () => {
    const plain = await planningWith();
    await plain.audit.addCases(auditRows(await sampled()).map((r) => ({ caseId: r.id, auditor: r.auditor })));
    await fillCases(plain.workbook, 20);
    const withTables = await sampled();
    await withTables.planning.markNotAudited(auditRows(withTables)[0]!.id, 'No access', 'Lead');
    for (const f of [plain, withTables]) await f.audit.refreshFindings();
    const before = await counted(plain.workbook, () => plain.audit.refreshFindings());
    const after = await counted(withTables.workbook, () => withTables.audit.refreshFindings());
    expect(text(withTables.workbook)).toContain('Not audited (Not audited sheet)');
    expect(after.syncs).toBe(before.syncs);
  });
});
