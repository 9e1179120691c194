import { auditRows, planningWith } from './planningFixture';

/** Ten cases drawn for Asha and completed with a case type: the first three re-referrals, then contacts. */
async function completedAudit() {
  const fixture = await planningWith();
  await fixture.planning.drawSample({ kind: 'total', size: 10 }, 's', 'Lead', { auditors: ['Asha'] });
  const ids = auditRows(fixture).map((r) => r.id);
  for (const [i, caseId] of ids.entries()) {
    const answer = i < 3 ? 're_referral' : 'contact';
    await fixture.audit.saveAnswer({
      caseId,
      question: 'case_type',
      answer,
      previous: null,
      baseVersion: 0,
      auditor: 'Asha',
    });
    await fixture.audit.setStatus(caseId, 'Complete', 'Asha', 1);
  }
  return { fixture, ids };
}

describe('a moderator re-audits a share of completed cases', () => {
  it('draws the share with a seed into a Moderation table without the first answers', async () => {
    const { fixture, ids } = await completedAudit();
    const drawn = await fixture.planning.drawModeration(0.5, 'moderation-1', 'Lead', { moderator: 'Mo' });
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(drawn.caseIds).toHaveLength(5);
    expect(drawn.caseIds.every((id) => ids.includes(id))).toBe(true);
    const table = fixture.workbook.getValues('Moderation', 'A1:J6');
    expect(table[0]!.slice(0, 4)).toEqual(['Case ID', 'Moderator', 'Status', 'case_type']);
    expect(table.slice(1).map((r) => r[0])).toEqual(drawn.caseIds);
    expect(table.slice(1).every((r) => r[1] === 'Mo' && r[2] === 'Not started' && r[3] === '')).toBe(true);
    const again = await fixture.planning.drawModeration(0.5, 'moderation-1', 'Lead', { moderator: 'Mo' });
    expect(again.kind === 'drawn' && again.alreadyModerated).toEqual(drawn.caseIds);
    expect(fixture.workbook.getValues('Moderation', 'A7:A7')[0]![0]).toBe('');
  });

  it('records the lead as who drew it, and leaves Moderator blank when no moderator is named', async () => {
    const { fixture } = await completedAudit();
    const drawn = await fixture.planning.drawModeration(0.3, 'moderation-1', 'Lee Lead');
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(drawn.moderator).toBe('');
    expect(drawn.warnings).toEqual([]);
    const rows = fixture.workbook.getValues('Moderation', 'A2:C4');
    expect(rows).toEqual(drawn.caseIds.map((id) => [id, '', 'Not started']));
    // Sample 1 is the audit's own draw; the moderation draw is sample 2, drawn by the lead.
    const [header, , record] = fixture.workbook.getValues('Samples', 'A1:D3');
    expect(header).toEqual(['Sample', 'Drawn at', 'Drawn by', 'Seed']);
    expect([record![0], record![2], record![3]]).toEqual([2, 'Lee Lead', 'moderation-1']);
    expect(fixture.workbook.getValues('Samples', 'F3:F3')[0]![0]).toMatch(/completed cases \(share 0\.3\)$/);
    // The moderator's pane lists the cases with no moderator yet.
    const cases = await fixture.planning.moderationCases();
    expect(cases.map((c) => [c.caseId, c.auditor])).toEqual(drawn.caseIds.map((id) => [id, '']));
  });

  it('writes the moderator named (trimmed) in the new rows, and the lead in the Samples record', async () => {
    const { fixture } = await completedAudit();
    const drawn = await fixture.planning.drawModeration(0.3, 'moderation-1', 'Lee Lead', {
      moderator: '  Mo Moderator ',
    });
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(drawn.moderator).toBe('Mo Moderator');
    expect(fixture.workbook.getValues('Moderation', 'A2:C4')).toEqual(
      drawn.caseIds.map((id) => [id, 'Mo Moderator', 'Not started']),
    );
    expect(fixture.workbook.getValues('Samples', 'C3:C3')[0]![0]).toBe('Lee Lead');
    expect(fixture.workbook.getValues('Samples', 'F3:F3')[0]![0]).toMatch(/ for Mo Moderator$/);
    // Rows already in the table keep their Moderator: a second draw names another moderator for new rows only.
    const more = await fixture.planning.drawModeration(0.6, 'moderation-1', 'Lee Lead', { moderator: 'Bo' });
    if (more.kind !== 'drawn') throw new Error(JSON.stringify(more.problems));
    const table = fixture.workbook.getValues('Moderation', 'A2:B7');
    const moderatorOf = new Map(table.map((r) => [r[0], r[1]]));
    expect(drawn.caseIds.map((id) => moderatorOf.get(id))).toEqual([
      'Mo Moderator',
      'Mo Moderator',
      'Mo Moderator',
    ]);
    const fresh = more.caseIds.filter((id) => !drawn.caseIds.includes(id));
    expect(fresh.map((id) => moderatorOf.get(id))).toEqual(fresh.map(() => 'Bo'));
    expect(fixture.workbook.getValues('Samples', 'C4:C4')[0]![0]).toBe('Lee Lead');
  });

  it("warns, at each new row's Moderator cell, of cases the moderator named audited first, and draws them", async () => {
    const { fixture } = await completedAudit();
    // Asha audited every case; Ben's name gives no warning.
    const ben = await fixture.planning.drawModeration(0.2, 'moderation-1', 'Lead', { moderator: 'Ben' });
    if (ben.kind !== 'drawn') throw new Error(JSON.stringify(ben.problems));
    expect(ben.warnings).toEqual([]);
    const asha = await fixture.planning.drawModeration(0.5, 'moderation-1', 'Lead', { moderator: ' asha' });
    if (asha.kind !== 'drawn') throw new Error(JSON.stringify(asha.problems));
    const fresh = asha.caseIds.filter((id) => !ben.caseIds.includes(id));
    expect(fresh).toHaveLength(3);
    // The table had Ben's two rows (2 and 3), so the three new ones are rows 4 to 6.
    expect(asha.warnings).toEqual(
      fresh.map((id, i) => ({
        sheet: 'Moderation',
        cell: `B${4 + i}`,
        message: `Case ${id} was audited by asha (its Auditor or Saved by cell), the moderator named: a case should not be moderated by its own auditor. Type another moderator's name in this cell.`,
      })),
    );
    for (const [i, id] of fresh.entries())
      expect(fixture.workbook.getValues('Moderation', `A${4 + i}:C${4 + i}`)[0]).toEqual([
        id,
        'asha',
        'Not started',
      ]);
  });

  it('warns of a case nobody allocated when the moderator named saved it (its Saved by cell)', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 2 }, 's', 'Lead');
    const ids = auditRows(fixture).map((r) => r.id);
    for (const caseId of ids) {
      const saved = { caseId, question: 'case_type', answer: 'contact', previous: null, baseVersion: 0 };
      await fixture.audit.saveAnswer({ ...saved, auditor: 'Sol' });
      await fixture.audit.setStatus(caseId, 'Complete', 'Sol', 1);
    }
    expect(auditRows(fixture).map((r) => r.auditor)).toEqual(['', '']);
    const drawn = await fixture.planning.drawModeration(1, 'm', 'Lead', { moderator: 'SOL' });
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(drawn.warnings.map((w) => w.message.slice(0, w.message.indexOf(' ('))).sort()).toEqual(
      ids.map((id) => `Case ${id} was audited by SOL`).sort(),
    );
  });

  it('warns on a new Moderation table too, at the cell of each row it writes', async () => {
    const { fixture } = await completedAudit();
    const drawn = await fixture.planning.drawModeration(0.2, 'moderation-1', 'Lead', { moderator: 'Asha' });
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(drawn.warnings.map((w) => [w.sheet, w.cell])).toEqual([
      ['Moderation', 'B2'],
      ['Moderation', 'B3'],
    ]);
    expect(fixture.workbook.getValues('Moderation', 'A2:B3')).toEqual(
      drawn.caseIds.map((id) => [id, 'Asha']),
    );
  });

  it('compares completed second answers: agreement, kappa and the disagreements, then records a resolution', async () => {
    const { fixture, ids } = await completedAudit();
    await fixture.planning.drawModeration(1, 'all', 'Lead', { moderator: 'Mo' });
    // The moderator agrees on every case but the first re-referral (ids[0]), which they call a contact.
    for (const [i, caseId] of ids.entries()) {
      const answer = i >= 1 && i < 3 ? 're_referral' : 'contact';
      await fixture.planning.saveModerationAnswer({
        caseId,
        question: 'case_type',
        answer,
        moderator: 'Mo',
        status: 'Complete',
      });
    }
    const report = await fixture.planning.moderationReport();
    const caseType = report.questions.find((q) => q.question === 'case_type')!;
    expect([caseType.compared, caseType.agreed, caseType.percent]).toEqual([10, 9, 90]);
    // Worked by hand: po = 0.9; first 3 re / 7 contact, second 2 re / 8 contact; pe = (6 + 56) / 100 = 0.62;
    // kappa = (0.9 − 0.62) / 0.38 = 0.7368…
    expect(caseType.kappa!.value).toBeCloseTo(0.28 / 0.38, 10);
    expect(report.disagreements).toEqual([
      expect.objectContaining({
        caseId: ids[0],
        question: 'case_type',
        auditor: 'Asha',
        moderator: 'Mo',
        first: 're_referral',
        second: 'contact',
      }),
    ]);
    await fixture.planning.resolveDisagreement(
      report.disagreements[0]!,
      'Re-referral: the case notes show a closed CIN plan in 2022',
      'Lead',
    );
    const resolution = fixture.workbook.getValues('Resolutions', 'A1:H2');
    expect(resolution[1]).toEqual([
      ids[0],
      'case_type',
      'Asha',
      'Mo',
      're_referral',
      'contact',
      'Re-referral: the case notes show a closed CIN plan in 2022',
      'Lead',
    ]);
  });

  it('leaves out a re-audit the moderator has not finished, and refuses an unknown case', async () => {
    const { fixture, ids } = await completedAudit();
    await fixture.planning.drawModeration(1, 'all', 'Lead', { moderator: 'Mo' });
    await fixture.planning.saveModerationAnswer({
      caseId: ids[0]!,
      question: 'case_type',
      answer: 'contact',
      moderator: 'Mo',
    });
    const report = await fixture.planning.moderationReport();
    expect(report.cases).toBe(0);
    const rows = fixture.workbook.getValues('Moderation', 'A2:C11');
    expect(rows.filter((r) => r[2] === 'In progress').map((r) => r[0])).toEqual([ids[0]]);
    await expect(
      fixture.planning.saveModerationAnswer({
        caseId: 'K-999',
        question: 'case_type',
        answer: 'contact',
        moderator: 'Mo',
      }),
    ).rejects.toThrow(/not in the Moderation table/);
  });

  it('refuses to moderate when nothing is complete', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 3 }, 's', 'Lead');
    const drawn = await fixture.planning.drawModeration(0.1, 'x');
    expect(drawn.kind === 'refused' && drawn.problems[0]!.message).toMatch(/No case is complete yet/);
  });
});
