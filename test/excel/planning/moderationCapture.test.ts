import type { SaveRequest } from '../../../src/core/cases/CaseStore';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith } from './planningFixture';

/** Four cases Asha completed as re-referrals, all drawn for moderation by the lead, for `moderator` if named. */
async function drawnForModeration(moderator?: string) {
  const fixture = await planningWith();
  await fixture.planning.drawSample({ kind: 'total', size: 4 }, 's', 'Lead', { auditors: ['Asha'] });
  const ids = auditRows(fixture).map((r) => r.id);
  for (const caseId of ids) {
    await fixture.audit.saveAnswer(answer(caseId, 'case_type', 're_referral', null, 0, 'Asha'));
    await fixture.audit.setStatus(caseId, 'Complete', 'Asha', 1);
  }
  const drawn = await fixture.planning.drawModeration(
    1,
    'all',
    'Lead',
    moderator === undefined ? {} : { moderator },
  );
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
    // No moderator named: the Moderator is blank (not the lead) until the moderator saves.
    expect(cases.every((c) => c.auditor === '' && c.status === 'Not started')).toBe(true);
    const named = await drawnForModeration('Mo');
    expect((await named.mo.moderationCases()).map((c) => c.auditor)).toEqual(['Mo', 'Mo', 'Mo', 'Mo']);
  });

  it('opens a case with the moderator named as assigned, or no one, and nothing saved yet', async () => {
    const blank = await drawnForModeration();
    const unassigned = await blank.mo.openModerationCase(blank.ids[0]!);
    expect([unassigned.auditor, unassigned.lastSaved]).toEqual(['', '']);
    const named = await drawnForModeration('Mo');
    const assigned = await named.mo.openModerationCase(named.ids[0]!);
    expect([assigned.auditor, assigned.lastSaved]).toEqual(['Mo', '']);
  });

  it('fills a blank Moderator with the first saver, and a named one with whoever saves (as any other saver)', async () => {
    const blank = await drawnForModeration();
    const opened = await blank.mo.openModerationCase(blank.ids[0]!);
    const saved = await blank.mo.saveModerationCase({
      kind: 'answer',
      request: answer(blank.ids[0]!, 'case_type', 'contact', null, opened.version),
    });
    expect(saved.kind).toBe('saved');
    const at = blank.fixture.workbook
      .getValues('Moderation', 'A1:A5')
      .findIndex((r) => r[0] === blank.ids[0]);
    expect(row(blank.fixture, at)!.slice(0, 3)).toEqual([blank.ids[0], 'Mo', 'In progress']);
    // The lead named Bo, but Ola re-audits: no conflict (the Moderator cell is not part of the version),
    // and Ola's name replaces Bo's, as a later saver's replaces an earlier one's.
    const named = await drawnForModeration('Bo');
    const theirs = await named.other.openModerationCase(named.ids[0]!);
    const byOla = await named.other.saveModerationCase({
      kind: 'answer',
      request: answer(named.ids[0]!, 'case_type', 'contact', null, theirs.version, 'Ola'),
    });
    expect(byOla.kind).toBe('saved');
    const i = named.fixture.workbook.getValues('Moderation', 'A1:A5').findIndex((r) => r[0] === named.ids[0]);
    expect(row(named.fixture, i)!.slice(0, 3)).toEqual([named.ids[0], 'Ola', 'In progress']);
  });

  it('names no one in a conflict when the Moderator cell is blank or the saver, and names the moderator otherwise', async () => {
    // An answer typed into the sheet (not through a pane) after Mo's pane read the row.
    const typedIn = async (moderator?: string) => {
      const drawn = await drawnForModeration(moderator);
      const opened = await drawn.mo.openModerationCase(drawn.ids[0]!);
      const at = drawn.fixture.workbook
        .getValues('Moderation', 'A1:A5')
        .findIndex((r) => r[0] === drawn.ids[0]);
      await drawn.fixture.workbook.setValues('Moderation', `D${at + 1}`, [['Re-referral']]);
      return drawn.mo.saveModerationCase({
        kind: 'answer',
        request: answer(drawn.ids[0]!, 'case_type', 'contact', null, opened.version),
      });
    };
    expect(await typedIn()).toEqual(
      expect.objectContaining({ kind: 'conflict', theirs: 're_referral', savedBy: '' }),
    );
    // The lead named Mo, who is saving: the change was someone else's, not Mo's.
    expect(await typedIn('mo ')).toEqual(
      expect.objectContaining({ kind: 'conflict', theirs: 're_referral', savedBy: '' }),
    );
    expect(await typedIn('Bo')).toEqual(
      expect.objectContaining({ kind: 'conflict', theirs: 're_referral', savedBy: 'Bo' }),
    );
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
