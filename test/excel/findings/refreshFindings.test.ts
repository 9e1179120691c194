import type { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { auditWith, counted } from '../auditFixture';
import { auditHeader, fillCases } from './findingsFixture';

function rowOf(workbook: SimWorkbook, sheet: string, text: string): number {
  const i = workbook.getValues(sheet, 'A1:A2000').findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`No row ${text} on ${sheet}`);
  return i + 1;
}

function sheetSnapshot(workbook: SimWorkbook, name: string) {
  return workbook.snapshot().sheets.find((s) => s.name === name)!;
}

const INTERVAL = 'Time from previous involvement to re-referral';

describe('refreshFindings on the simulated host', () => {
  test('writes the figures, the frequency tables and native charts over them', async () => {
    const { workbook, audit } = await auditWith(66);
    await fillCases(workbook, 66);
    const report = await audit.refreshFindings();
    expect(report.sheets).toEqual(['Findings', 'Data quality']);
    expect(report.refreshedAt).toBe('2023-02-06 10:30');
    expect(workbook.getCell('Findings', 'A1').value).toBe('Findings: Contacts and re-referrals audit');
    expect(workbook.getCell('Findings', 'A3').value).toBe(
      'Included: 66 of 66 case rows, counting cases whose Status is Complete.',
    );
    const row = rowOf(workbook, 'Findings', 're-referrals came within 0-3 months of previous involvement');
    expect(workbook.getValues('Findings', `B${row}:E${row}`)[0]).toEqual([
      21,
      31,
      0.68,
      '21 (68%) of 31 re-referrals came within 0-3 months of previous involvement',
    ]);
    expect(workbook.getCell('Findings', `D${row}`).text).toBe('68%');
    const top = rowOf(workbook, 'Findings', INTERVAL);
    expect(workbook.getCell('Findings', `A${top + 1}`).value).toBe(
      'Answered 31 of 31 applicable; not applicable 35; missing 0',
    );
    const snap = sheetSnapshot(workbook, 'Findings');
    const table = snap.tables.find((t) => t.name === 'Findings_Q_reref_interval')!;
    expect(table.range).toBe(`A${top + 2}:C${top + 6}`);
    const chart = snap.charts.find((c) => c.name === 'Chart_reref_interval')!;
    expect(chart).toMatchObject({ type: 'ColumnClustered', title: INTERVAL });
    expect(chart.series).toEqual([
      {
        name: 'Cases',
        values: `Findings!B${top + 3}:B${top + 6}`,
        xValues: `Findings!A${top + 3}:A${top + 6}`,
        hasDataLabels: true,
      },
    ]);
    expect(workbook.getValues('Findings', `A${top + 3}:B${top + 3}`)).toEqual([['0-3 months', 21]]);
  });

  test('a second refresh replaces the first: same sheets, no duplicate tables or charts', async () => {
    const { workbook, audit } = await auditWith(20);
    await fillCases(workbook, 20);
    await audit.refreshFindings();
    const first = workbook.snapshot();
    await audit.refreshFindings();
    const second = workbook.snapshot();
    expect(second).toEqual(first);
    const snap = sheetSnapshot(workbook, 'Findings');
    expect(new Set(snap.charts.map((c) => c.name)).size).toBe(snap.charts.length);
    expect(workbook.sheetNames().filter((n) => n === 'Findings' || n === 'Data quality')).toHaveLength(2);
  });

  test('changed answers move the figures, and no stale row is left behind', async () => {
    const { workbook, audit } = await auditWith(66);
    // Ten cases leave a required answer blank: ten data-quality rows, and 56 answered.
    await fillCases(workbook, 66, {
      change: (i, answers) => void (i < 10 && answers.set('mash_checks', null)),
    });
    await audit.refreshFindings();
    const mash = 'Were MASH checks completed?';
    expect(workbook.getCell('Findings', `A${rowOf(workbook, 'Findings', mash) + 1}`).value).toMatch(
      /^Answered 56 of 66/,
    );
    const dq = sheetSnapshot(workbook, 'Data quality');
    expect(dq.tables).toEqual([expect.objectContaining({ name: 'DataQuality_Issues', range: 'A4:E14' })]);
    await fillCases(workbook, 66);
    await audit.refreshFindings();
    expect(workbook.getCell('Findings', `A${rowOf(workbook, 'Findings', mash) + 1}`).value).toMatch(
      /^Answered 66 of 66/,
    );
    const after = sheetSnapshot(workbook, 'Data quality');
    expect(after.tables).toEqual([]);
    // Nothing of the old rows is left: no value, no link formula, no link font.
    expect(Object.keys(after.formulas)).toEqual([]);
    expect(
      after.formats.filter(
        (f) => !f.key.startsWith('columnWidth') && /\d/.test(f.range) && !/^A[12]$/.test(f.range),
      ),
    ).toEqual([]);
    expect(
      workbook
        .getValues('Data quality', 'A4:E14')
        .flat()
        .filter((v) => v !== ''),
    ).toEqual(['No problems found.']);
  });

  test('each data-quality row links to the answer cell of its own case', async () => {
    const { workbook, audit } = await auditWith(12);
    await fillCases(workbook, 12, {
      change: (i, answers) => void (i % 4 === 1 && answers.set('threshold_clear', null)),
    });
    await audit.refreshFindings();
    const header = auditHeader(workbook);
    const rows = workbook.getValues('Data quality', 'A5:E7');
    expect(rows.map((r) => r[0])).toEqual(['C-002', 'C-006', 'C-010']);
    for (const [i, [caseId, question, kind, , shown]] of rows.entries()) {
      expect([question, kind]).toEqual(['threshold_clear', 'required']);
      const address = String(shown).replace('Audit!', '');
      const { formula } = workbook.getCell('Data quality', `E${5 + i}`);
      expect(formula).toBe(`=HYPERLINK("#'Audit'!${address}","Audit!${address}")`);
      const auditRow = Number(/\d+/.exec(address)![0]);
      expect(workbook.getCell('Audit', `A${auditRow}`).value).toBe(caseId);
      const column = address.replace(/\d+/, '');
      expect(workbook.getCell('Audit', `${column}2`).value).toBe('threshold_clear');
      expect(header).toContain('threshold_clear');
    }
  });

  test('changes nothing outside the Findings and Data quality sheets', async () => {
    const { workbook, audit } = await auditWith(30);
    await fillCases(workbook, 30);
    await audit.escalate('C-003', { reason: 'Police not told', agreedWith: 'Team manager', raisedBy: 'Sam' });
    await audit.refreshFindings(); // the sheets exist from here on
    await workbook.setCell('Audit', 'C5', 'In progress');
    const others = (): unknown => {
      const snap = workbook.snapshot();
      return {
        ...snap,
        sheets: snap.sheets.filter((s) => s.name !== 'Findings' && s.name !== 'Data quality'),
      };
    };
    const before = others();
    await audit.refreshFindings();
    expect(others()).toEqual(before);
    const top = rowOf(workbook, 'Findings', 'Escalations');
    expect(workbook.getValues('Findings', `A${top + 3}:B${top + 3}`)).toEqual([['Open', 1]]);
  });

  test('counts In progress cases when asked, and reports progress up to done', async () => {
    const { workbook, audit } = await auditWith(10);
    await fillCases(workbook, 10, { status: (i) => (i < 4 ? 'In progress' : 'Complete') });
    const steps: [string, number][] = [];
    await audit.refreshFindings({ onProgress: (step, fraction) => steps.push([step, fraction]) });
    expect(workbook.getCell('Findings', 'A3').value).toBe(
      'Included: 6 of 10 case rows, counting cases whose Status is Complete.',
    );
    expect(steps[steps.length - 1]).toEqual(['Done', 1]);
    const fractions = steps.map(([, f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    await audit.refreshFindings({ includeInProgress: true });
    expect(workbook.getCell('Findings', 'A3').value).toBe(
      'Included: 10 of 10 case rows, counting cases whose Status is Complete or In progress.',
    );
  });

  test('says what to do when there is no question set, and writes nothing', async () => {
    const { workbook, audit } = await auditWith(3);
    workbook.deleteSheet('Questions');
    const names = workbook.sheetNames();
    await expect(audit.refreshFindings()).rejects.toThrow(/no Questions sheet .*Run Set up audit/);
    expect(workbook.sheetNames()).toEqual(names);
  });

  test('shows the Findings sheet when done, activated with the last write rather than in a trip of its own', async () => {
    const { workbook, audit } = await auditWith(10);
    await fillCases(workbook, 10);
    await workbook.select('Audit', 'C5');
    const plain = await counted(workbook, () => audit.refreshFindings());
    expect(workbook.snapshot().activeSheet).toBe('Findings');
    await workbook.select('Audit', 'C5');
    await audit.refreshFindings();
    expect(workbook.snapshot().activeSheet).toBe('Findings');
    // A first refresh of a small audit reads once and writes once; activating rides on the write.
    expect(plain.syncs).toBe(2);
  });

  test.each([10, 10000])(
    'takes at most 5 round trips for %i cases',
    async (n) => {
      const { workbook, audit } = await auditWith(n);
      await fillCases(workbook, n);
      const first = await counted(workbook, () => audit.refreshFindings());
      expect(first.syncs).toBeLessThanOrEqual(5);
      const again = await counted(workbook, () => audit.refreshFindings());
      expect(again.syncs).toBeLessThanOrEqual(5);
      expect(first.result.findings.cases.included).toBe(n);
    },
    60000,
  );
});
