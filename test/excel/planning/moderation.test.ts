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
    const drawn = await fixture.planning.drawModeration(0.5, 'moderation-1', 'Mo');
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(drawn.caseIds).toHaveLength(5);
    expect(drawn.caseIds.every((id) => ids.includes(id))).toBe(true);
    const table = fixture.workbook.getValues('Moderation', 'A1:J6');
    expect(table[0]!.slice(0, 4)).toEqual(['Case ID', 'Moderator', 'Status', 'case_type']);
    expect(table.slice(1).map((r) => r[0])).toEqual(drawn.caseIds);
    expect(table.slice(1).every((r) => r[1] === 'Mo' && r[2] === 'Not started' && r[3] === '')).toBe(true);
    const again = await fixture.planning.drawModeration(0.5, 'moderation-1', 'Mo');
    expect(again.kind === 'drawn' && again.alreadyModerated).toEqual(drawn.caseIds);
    expect(fixture.workbook.getValues('Moderation', 'A7:A7')[0]![0]).toBe('');
  });

  it('compares completed second answers: agreement, kappa and the disagreements, then records a resolution', async () => {
    const { fixture, ids } = await completedAudit();
    await fixture.planning.drawModeration(1, 'all', 'Mo');
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
    await fixture.planning.drawModeration(1, 'all', 'Mo');
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
