import { caseKey } from '../../../src/core/sampling/caseKey';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith } from './planningFixture';

const auditors = ['Asha', 'Ben', 'Cat', 'Dev'];
const familyOf = (id: string) => Math.ceil(Number(id.slice(2)) / 2);

describe('a lead shares the sample out and follows progress', () => {
  it('allocates only unallocated cases, keeps families together and balances within one family', async () => {
    const fixture = await planningWith();
    await fixture.audit.addCases([{ caseId: 'K-001', auditor: 'Zoe' }]);
    await fixture.planning.drawSample({ kind: 'total', size: 40 }, 'families', 'Lead');
    const allocation = await fixture.planning.allocate(auditors, { familyColumn: 'Family ref' });
    if (allocation.kind !== 'allocated') throw new Error(JSON.stringify(allocation.problems));
    const rows = auditRows(fixture);
    expect(rows.find((r) => r.id === 'K-001')!.auditor).toBe('Zoe');
    expect(allocation.newlyAllocated).not.toContain('K-001');
    const byFamily = new Map<number, Set<string>>();
    for (const r of rows)
      byFamily.set(familyOf(r.id), (byFamily.get(familyOf(r.id)) ?? new Set()).add(r.auditor));
    expect([...byFamily.values()].every((set) => set.size === 1)).toBe(true);
    const loads = auditors.map((a) => rows.filter((r) => r.auditor === a).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
    // K-002 is K-001's sibling: if drawn, it joins Zoe, who holds the family and is not in the list.
    const zoe = rows.filter((r) => r.auditor === 'Zoe').map((r) => r.id);
    expect(zoe).toEqual(rows.some((r) => r.id === 'K-002') ? ['K-001', 'K-002'] : ['K-001']);
    expect(allocation.notes.map((n) => n.message).join(' ')).toMatch(
      new RegExp(`Zoe holds ${zoe.length} of these cases`),
    );
  });

  it('writes each auditor beside its own case when a co-author inserts a column left of the table meanwhile', async () => {
    const setUp = async () => {
      const f = await planningWith();
      await f.planning.drawSample({ kind: 'total', size: 6 }, 'columns', 'Lead');
      return f;
    };
    const clean = await setUp();
    const plain = await counted(clean.workbook, () => clean.planning.allocate(['Asha', 'Ben']));
    const fixture = await setUp();
    const ids = auditRows(fixture).map((r) => r.id);
    let ours = 0;
    const host = fixture.workbook.host({
      beforeSync: () => {
        // Just before the write trip: the table moves one column right, keeping its width.
        if (++ours === plain.syncs) fixture.workbook.insertColumns('Audit', 'A:A');
      },
    });
    const allocation = await new AuditPlanning(host, { now: () => AUDIT_DAY }).allocate(['Asha', 'Ben']);
    if (allocation.kind !== 'allocated') throw new Error(JSON.stringify(allocation.problems));
    // Case ID now in B, Auditor in C: by sheet position the names went over the Case IDs.
    const rows = fixture.workbook.getValues('Audit', `B3:C${2 + ids.length}`);
    expect(rows.map((r) => r[0])).toEqual(ids);
    expect(rows.every((r) => r[1] === 'Asha' || r[1] === 'Ben')).toBe(true);
    expect(
      fixture.workbook
        .getValues('Audit', `A3:A${2 + ids.length}`)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('a second allocation changes nothing already allocated', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 20 }, 's', 'Lead', {
      auditors: ['Asha', 'Ben'],
    });
    const before = auditRows(fixture);
    const again = await fixture.planning.allocate(['Cat', 'Dev']);
    expect(again.kind === 'allocated' && again.newlyAllocated).toEqual([]);
    expect(auditRows(fixture)).toEqual(before);
  });

  it('refuses a family column the Case list does not have, listing its columns', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 5 }, 's', 'Lead');
    const allocation = await fixture.planning.allocate(auditors, { familyColumn: 'Household' });
    expect(allocation.kind === 'refused' && allocation.problems[0]!.message).toMatch(
      /no "Household" column.*Case ID, Case type, Date received, Family ref/,
    );
  });

  it('counts not started, in progress, complete, not audited and escalations per auditor', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 10 }, 's', 'Lead', {
      auditors: ['Asha', 'Ben'],
    });
    const rows = auditRows(fixture);
    const asha = rows.filter((r) => r.auditor === 'Asha').map((r) => r.id);
    const save = (caseId: string) =>
      fixture.audit.saveAnswer({
        caseId,
        question: 'auditor_comments',
        answer: 'Seen',
        previous: null,
        baseVersion: 0,
        auditor: 'Asha',
      });
    await save(asha[0]!);
    await save(asha[1]!);
    await fixture.audit.setStatus(asha[1]!, 'Complete', 'Asha', 1);
    await fixture.planning.markNotAudited(asha[2]!, 'No access to the record', 'Lead');
    await fixture.audit.escalate(asha[0]!, {
      reason: 'Unsafe discharge',
      agreedWith: 'Team manager',
      raisedBy: 'Asha',
    });
    const board = await fixture.planning.progress();
    const mine = board.summary.byAuditor.find((a) => a.auditor === 'Asha')!;
    expect([mine.sampled, mine.notStarted, mine.inProgress, mine.audited, mine.notAudited]).toEqual([
      5, 2, 1, 1, 1,
    ]);
    expect(mine.notAuditedReasons).toEqual([{ reason: 'No access to the record', count: 1 }]);
    expect(board.escalationsByAuditor.get('Asha')).toBe(1);
    expect([board.escalations, board.openEscalations, board.summary.sampled]).toEqual([1, 1, 10]);
  });

  it('marks a case Not audited once, keeps its row, and refuses a blank reason', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 3 }, 's', 'Lead');
    const [id] = auditRows(fixture).map((r) => r.id);
    await expect(fixture.planning.markNotAudited(id!, '  ')).rejects.toThrow(/Give a reason/);
    await fixture.planning.markNotAudited(id!, 'File destroyed', 'Lead');
    await expect(fixture.planning.markNotAudited(caseKey(id!).toLowerCase(), 'Again')).rejects.toThrow(
      /already marked Not audited \(Not audited!B2: "File destroyed"\)/,
    );
    expect(auditRows(fixture).find((r) => r.id === id)!.status).toBe('Not started');
    await expect(fixture.planning.markNotAudited('K-999', 'x')).rejects.toThrow(
      /No row of the Audit sheet has the Case ID "K-999"/,
    );
  });
});
