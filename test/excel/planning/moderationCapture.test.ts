import type { SaveRequest } from '../../../src/core/cases/CaseStore';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith } from './planningFixture';

/** Four cases Asha completed as re-referrals, all drawn for moderation by the lead. */
async function drawnForModeration() {
  const fixture = await planningWith();
  await fixture.planning.drawSample({ kind: 'total', size: 4 }, 's', 'Lead', { auditors: ['Asha'] });
  const ids = auditRows(fixture).map((r) => r.id);
  for (const caseId of ids) {
    await fixture.audit.saveAnswer(answer(caseId, 'case_type', 're_referral', null, 0, 'Asha'));
    await fixture.audit.setStatus(caseId, 'Complete', 'Asha', 1);
  }
  const drawn = await fixture.planning.drawModeration(1, 'all', 'Lead');
  if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
  const mo = new AuditPlanning(fixture.workbook.host(), { now: () => AUDIT_DAY });
  const other = new AuditPlanning(fixture.workbook.host(), { now: () => AUDIT_DAY });
  return { fixture, ids, mo, other };
}

function answer(
  caseId: string,
  question: string,
  value: SaveRequest['answer'],
  previous: SaveRequest['answer'],
  baseVersion: number,
  auditor = 'Mo',
): SaveRequest {
  return { caseId, question, answer: value, previous, baseVersion, auditor };
}

const row = (fixture: { workbook: { getValues(s: string, a: string): unknown[][] } }, n: number) =>
  fixture.workbook.getValues('Moderation', `A${n + 1}:D${n + 1}`)[0];

describe('a moderator re-audits a case in the Moderation table', () => {
  it('lists no cases before a draw, then the drawn ones with Moderator and Status', async () => {
    const fixture = await planningWith();
    expect(await fixture.planning.moderationCases()).toEqual([]);
    const { fixture: drawn, ids, mo } = await drawnForModeration();
    const { result: cases, syncs } = await counted(drawn.workbook, () => mo.moderationCases());
    expect(syncs).toBe(1);
    expect(cases.map((c) => c.caseId).sort()).toEqual([...ids].sort());
    expect(cases.every((c) => c.auditor === 'Lead' && c.status === 'Not started')).toBe(true);
  });

  it('opens a case with the moderator answers only, never the first audit answers, in one round trip', async () => {
    const { fixture, ids, mo } = await drawnForModeration();
    await mo.openModerationCase(ids[1]!); // the question set is read once, on first use
    const { result: opened, syncs } = await counted(fixture.workbook, () => mo.openModerationCase(ids[0]!));
    expect(syncs).toBe(1);
    expect(opened.caseId).toBe(ids[0]);
    expect(opened.status).toBe('Not started');
    expect(opened.answers.get('case_type')).toBeNull();
    expect([...opened.answers.values()].every((a) => a === null)).toBe(true);
    expect(opened.escalations).toBe(0);
  });

  it('saves an answer to the Moderation row in two round trips and writes nothing to the Audit sheet', async () => {
    const { fixture, ids, mo } = await drawnForModeration();
    const opened = await mo.openModerationCase(ids[0]!);
    const auditBefore = fixture.workbook.getValues('Audit', 'A1:AZ12');
    const { result, syncs } = await counted(fixture.workbook, () =>
      mo.saveModerationCase({
        kind: 'answer',
        request: answer(ids[0]!, 'case_type', 'contact', null, opened.version),
      }),
    );
    expect(syncs).toBe(2);
    expect(result.kind).toBe('saved');
    expect(fixture.workbook.getValues('Audit', 'A1:AZ12')).toEqual(auditBefore);
    const at = fixture.workbook.getValues('Moderation', 'A1:A5').findIndex((r) => r[0] === ids[0]);
    expect(row(fixture, at)).toEqual([ids[0], 'Mo', 'In progress', 'Contact/referral']);
    const reopened = await mo.openModerationCase(ids[0]!);
    expect(reopened.answers.get('case_type')).toBe('contact');
    expect(result.kind === 'saved' && result.version).toBe(reopened.version);
  });

  it('returns a co-moderator answer as a conflict instead of overwriting it, and overwrites when told', async () => {
    const { fixture, ids, mo, other } = await drawnForModeration();
    const mine = await mo.openModerationCase(ids[0]!);
    const theirs = await other.openModerationCase(ids[0]!);
    await other.saveModerationCase({
      kind: 'answer',
      request: answer(ids[0]!, 'case_type', 're_referral', null, theirs.version, 'Ola'),
    });
    const request = answer(ids[0]!, 'case_type', 'contact', null, mine.version);
    const conflict = await mo.saveModerationCase({ kind: 'answer', request });
    expect(conflict).toEqual(
      expect.objectContaining({ kind: 'conflict', theirs: 're_referral', savedBy: 'Ola' }),
    );
    const at = fixture.workbook.getValues('Moderation', 'A1:A5').findIndex((r) => r[0] === ids[0]);
    expect(row(fixture, at)![3]).toBe('Re-referral');
    // A different answer saved by someone else is no conflict for this one.
    const source = await mo.saveModerationCase({
      kind: 'answer',
      request: answer(ids[0]!, 'source', 'police', null, mine.version),
    });
    expect(source.kind).toBe('saved');
    const kept = await mo.saveModerationCase({ kind: 'answer', request: { ...request, overwrite: true } });
    expect(kept.kind).toBe('saved');
    expect(row(fixture, at)![3]).toBe('Contact/referral');
  });

  it('refuses Complete after someone changed an answer since, then completes and is compared', async () => {
    const { ids, mo, other } = await drawnForModeration();
    const mine = await mo.openModerationCase(ids[0]!);
    const saved = await mo.saveModerationCase({
      kind: 'answer',
      request: answer(ids[0]!, 'case_type', 'contact', null, mine.version),
    });
    const theirs = await other.openModerationCase(ids[0]!);
    await other.saveModerationCase({
      kind: 'answer',
      request: answer(ids[0]!, 'source', 'school', null, theirs.version, 'Ola'),
    });
    const complete = (baseVersion: number) =>
      mo.saveModerationCase({
        kind: 'status',
        caseId: ids[0]!,
        status: 'Complete',
        moderator: 'Mo',
        baseVersion,
      });
    const refused = await complete(saved.kind === 'saved' ? saved.version : -1);
    expect(refused).toEqual(
      expect.objectContaining({ kind: 'conflict', theirs: 'In progress', savedBy: 'Ola' }),
    );
    expect((await mo.moderationReport()).disagreements).toEqual([]);
    const reopened = await mo.openModerationCase(ids[0]!);
    expect(reopened.answers.get('source')).toBe('school');
    expect((await complete(reopened.version)).kind).toBe('saved');
    expect((await mo.moderationCases()).find((c) => c.caseId === ids[0])?.status).toBe('Complete');
    const report = await mo.moderationReport();
    // Asha left source blank (the fixture answers case_type only): the moderator's "school" differs too.
    expect(report.disagreements).toEqual([
      expect.objectContaining({
        caseId: ids[0],
        question: 'case_type',
        first: 're_referral',
        second: 'contact',
      }),
      expect.objectContaining({ caseId: ids[0], question: 'source', first: null, second: 'school' }),
    ]);
  });

  it('says what to do for a case not drawn, a question not re-audited and a workbook with no draw yet', async () => {
    const { ids, mo } = await drawnForModeration();
    const opened = await mo.openModerationCase(ids[0]!);
    await expect(mo.openModerationCase('K-999')).rejects.toThrow(
      /Case K-999 is not in the Moderation table: only cases the lead drew/,
    );
    const text = await mo.saveModerationCase({
      kind: 'answer',
      request: answer(ids[0]!, 'auditor_comments', 'fine', null, opened.version),
    });
    expect(text.kind === 'failed' && text.message).toMatch(/"auditor_comments" is not a select question/);
    const fresh = await planningWith();
    await expect(fresh.planning.openModerationCase('K-001')).rejects.toThrow(
      /There is no Moderation table: the audit lead draws the cases to re-audit on the Planning tab/,
    );
  });
});
