import { caseKey } from '../../../src/core/sampling/caseKey';
import { readCaseList } from '../../../src/core/sampling/readCaseList';
import { drawSample } from '../../../src/core/sampling/drawSample';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith, seedCaseList } from './planningFixture';

const perGroup = {
  kind: 'perGroup',
  column: 'Case type',
  sizes: { Contact: 40, 'Re-referral': 40 },
} as const;

describe('a lead draws the sample from the pasted case list', () => {
  it('draws 40 contacts and 40 re-referrals, adds them to Audit as Not started and records the draw', async () => {
    const fixture = await planningWith();
    const drawn = await fixture.planning.drawSample(perGroup, 'audit-2023', 'Lead');
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    const rows = auditRows(fixture);
    expect(rows.map((r) => r.id)).toEqual(drawn.caseIds);
    expect(rows.every((r) => r.status === 'Not started' && r.auditor === '')).toBe(true);
    const contacts = rows.filter((r) => Number(r.id.slice(2)) % 2 === 1);
    expect(contacts).toHaveLength(40);
    expect(drawn.groups.map((g) => [g.value, g.size, g.population])).toEqual([
      ['Contact', 40, 50],
      ['Re-referral', 40, 50],
    ]);
    const record = fixture.workbook.getValues('Samples', 'A1:M2');
    expect(record[0]![0]).toBe('Sample');
    expect(record[1]!.slice(0, 4)).toEqual([1, AUDIT_DAY.toISOString(), 'Lead', 'audit-2023']);
    expect(record[1]![7]).toBe(100);
    // The new rows keep the sheet usable without the pane: Status keeps its dropdown down to the last case.
    const audit = fixture.workbook.snapshot().sheets.find((sh) => sh.name === 'Audit')!;
    const status = audit.dataValidations.find((v) =>
      String(v.rule['list'] && JSON.stringify(v.rule)).includes('Complete'),
    );
    expect(status?.range).toBe('C3:C82');
  });

  it('draws what the core draws from the same list, so anyone can re-draw it from the record', async () => {
    const fixture = await planningWith();
    const drawn = await fixture.planning.drawSample(perGroup, 'audit-2023', 'Lead');
    const rows = seedCaseList().map((r) => r.map((v) => v));
    const core = drawSample(readCaseList({ name: 'Case list', rows }).cases, perGroup, 'audit-2023', {
      now: AUDIT_DAY,
    });
    expect(drawn.kind === 'drawn' && drawn.caseIds).toEqual(core.kind === 'drawn' && core.caseIds);
    const check = await fixture.planning.verifySample(1);
    expect(check.same).toBe(true);
  });

  it('draws and allocates among 20 auditors in three round trips (bench/planning.bench.ts: at 100,000)', async () => {
    const list: (string | number)[][] = [['Case ID', 'Case type', 'Family ref']];
    for (let i = 1; i <= 3_000; i++)
      list.push([
        `C-${String(i).padStart(6, '0')}`,
        i % 2 ? 'Contact' : 'Re-referral',
        `F${Math.ceil(i / 3)}`,
      ]);
    const fixture = await planningWith(list);
    const auditors = Array.from({ length: 20 }, (_, i) => `Auditor ${i + 1}`);
    const { result, syncs } = await counted(fixture.workbook, () =>
      fixture.planning.drawSample({ kind: 'total', size: 2_400 }, 's', 'Lead', {
        auditors,
        familyColumn: 'Family ref',
      }),
    );
    expect(result.kind).toBe('drawn');
    expect(syncs).toBeLessThanOrEqual(3);
    const rows = auditRows(fixture);
    expect(rows).toHaveLength(2_400);
    expect(rows.every((r) => r.auditor.startsWith('Auditor '))).toBe(true);
  });

  it('the same seed draws the same cases again, and a second draw never duplicates a row', async () => {
    const fixture = await planningWith();
    const first = await fixture.planning.drawSample(perGroup, 'audit-2023', 'Lead');
    const again = await fixture.planning.drawSample(perGroup, 'audit-2023', 'Lead');
    expect(again.kind === 'drawn' && again.caseIds).toEqual(first.kind === 'drawn' && first.caseIds);
    expect(again.kind === 'drawn' && again.newCaseIds).toEqual([]);
    const bigger = await fixture.planning.drawSample({ kind: 'total', size: 90 }, 'other seed', 'Lead');
    const ids = auditRows(fixture).map((r) => caseKey(r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(bigger.kind === 'drawn' && ids.length).toBe(
      80 + (bigger.kind === 'drawn' ? bigger.newCaseIds.length : -1),
    );
    expect(fixture.workbook.getValues('Samples', 'A2:A4').map((r) => r[0])).toEqual([1, 2, 3]);
  });

  it('leaves existing rows and their answers as they were', async () => {
    const fixture = await planningWith();
    await fixture.audit.addCases([{ caseId: 'K-001', auditor: 'Sam' }]);
    await fixture.audit.saveAnswer({
      caseId: 'K-001',
      question: 'auditor_comments',
      answer: 'Seen',
      previous: null,
      baseVersion: 0,
      auditor: 'Sam',
    });
    const before = fixture.workbook.getValues('Audit', 'A3:AE3');
    await fixture.planning.drawSample({ kind: 'total', size: 100 }, 'x', 'Lead');
    expect(fixture.workbook.getValues('Audit', 'A3:AE3')).toEqual(before);
    expect(auditRows(fixture)).toHaveLength(100);
  });

  it('refuses, with a clear message, a sample bigger than the population', async () => {
    const fixture = await planningWith();
    const drawn = await fixture.planning.drawSample(
      { kind: 'perGroup', column: 'Case type', sizes: { Contact: 60 } },
      's',
      'Lead',
    );
    expect(drawn.kind).toBe('refused');
    expect(drawn.kind === 'refused' && drawn.problems[0]!.message).toMatch(
      /Only 50 cases have Case type "Contact", fewer than the 60 asked for/,
    );
    expect(auditRows(fixture)).toEqual([]);
  });

  it('refuses to draw from a list with a repeated or missing Case ID, naming the cells', async () => {
    const list = seedCaseList(10);
    list[3]![0] = 'K-010';
    list[5]![0] = '';
    const fixture = await planningWith(list);
    const drawn = await fixture.planning.drawSample({ kind: 'total', size: 5 }, 's', 'Lead');
    const cells = drawn.kind === 'refused' ? drawn.problems.map((p) => p.cell) : [];
    expect(cells).toEqual(expect.arrayContaining(['A4', 'A6']));
    const checked = await fixture.planning.checkCaseList();
    expect(checked.issues.map((i) => i.cell)).toEqual(['A8', 'A4', 'A6']);
  });

  it('says what to do when there is no Case list sheet', async () => {
    const fixture = await planningWith();
    fixture.workbook.deleteSheet('Case list');
    await expect(fixture.planning.drawSample({ kind: 'total', size: 5 }, 's', 'Lead')).rejects.toThrow(
      /no "Case list" sheet/,
    );
  });
});
