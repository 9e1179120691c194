import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { counted } from '../auditFixture';
import { planningWith } from '../planning/planningFixture';
import { fillCases } from './findingsFixture';
import { auditCells, moderatedAudit, type ModeratedFixture } from './moderationFixture';

const caseType = loadTemplate().questionSet.questions.find((q) => q.name === 'case_type')!;
const labelOf = (name: Answer) => caseType.choices.find((c) => c.name === name)!.label;
const nameOf = (label: unknown) => caseType.choices.find((c) => c.label === label)!.name;

/**
 * Mo re-audits half of the ten completed cases, calls the first two cases' type the other way through the
 * Moderate tab's write, completes every re-audit; the lead resolves the first disagreement.
 */
async function moderatedAndResolved(): Promise<ModeratedFixture & { first: Map<string, string> }> {
  const fixture = await moderatedAudit(0.5);
  const first = new Map(
    fixture.moderated.map((id) => [id, nameOf(auditCells(fixture.workbook, id).get('case_type'))]),
  );
  for (const [i, caseId] of fixture.moderated.entries()) {
    const flip = first.get(caseId) === 'contact' ? 're_referral' : 'contact';
    await fixture.planning.saveModerationAnswer({
      caseId,
      ...(i < 2 ? { question: 'case_type', answer: flip } : {}),
      moderator: 'Mo',
      status: 'Complete',
    });
  }
  const report = await fixture.planning.moderationReport();
  const resolved = report.disagreements.find((d) => d.caseId === fixture.moderated[0]);
  await fixture.planning.resolveDisagreement(resolved!, 'The first auditor read the history right', 'Lead');
  return { ...fixture, first };
}

/** The rows of the Findings sheet after the Moderation agreement heading, from the one `match` picks to a blank. */
function tableAfterHeading(fixture: ModeratedFixture, match: (row: unknown[]) => boolean): unknown[][] {
  const all = fixture.workbook.getValues('Findings', 'A1:G3000');
  const top = all.findIndex((r) => r[0] === 'Moderation agreement');
  const out: unknown[][] = [];
  for (let i = all.findIndex((r, k) => k > top && match(r)); i > top && all[i]?.[0]; i++) out.push(all[i]!);
  return out;
}

describe('Refresh findings reports moderation agreement', () => {
  it('writes agreement per question and per auditor, and links the open disagreement to its Moderation cell', async () => {
    const fixture = await moderatedAndResolved();
    await fixture.audit.refreshFindings();
    const [a, b] = fixture.moderated as [string, string];
    const byQuestion = tableAfterHeading(fixture, (r) => r[0] === 'Question');
    expect(byQuestion.find((r) => r[0] === caseType.label)?.slice(1, 4)).toEqual([5, 3, 0.6]);
    const byAuditor = tableAfterHeading(fixture, (r) => r[0] === 'Auditor').slice(1);
    const auditors = [...new Set(fixture.moderated.map((id) => fixture.auditorOf.get(id)!))].sort();
    expect(byAuditor.map((r) => r[0])).toEqual(auditors);
    for (const row of byAuditor) {
      const theirs = fixture.moderated.filter((id) => fixture.auditorOf.get(id) === row[0]);
      expect(row[1]).toBe(theirs.length);
      expect(row[5]).toBe([a, b].filter((id) => theirs.includes(id)).length);
      expect(row[6]).toBe(theirs.includes(a) ? 1 : 0);
    }
    const disagreements = tableAfterHeading(fixture, (r) => r[1] === 'Case ID');
    const flipped = (id: string) => labelOf(fixture.first.get(id) === 'contact' ? 're_referral' : 'contact');
    expect(disagreements.slice(1)).toEqual([
      [caseType.label, b, labelOf(fixture.first.get(b)!), flipped(b), 'Moderation!D3', '', ''],
    ]);
    const text = fixture.workbook
      .getValues('Findings', 'A1:A3000')
      .map((r) => String(r[0] ?? ''))
      .join('\n');
    expect(text).toContain('2 disagreements, 1 resolved on the Resolutions sheet.');
    const row = fixture.workbook.getValues('Findings', 'A1:B3000').findIndex((r) => r[1] === b) + 1;
    expect(fixture.workbook.getCell('Findings', `E${row}`).formula).toBe(
      '=HYPERLINK("#\'Moderation\'!D3","Moderation!D3")',
    );
    // The link lands on the moderator's answer of that case.
    expect(fixture.workbook.getValues('Moderation', 'A3:D3')[0]).toEqual([b, 'Mo', 'Complete', flipped(b)]);
  }, 60_000);

  it('leaves the section out while no re-audit is complete', async () => {
    const fixture = await moderatedAudit(0.5);
    await fixture.audit.refreshFindings();
    const text = fixture.workbook
      .getValues('Findings', 'A1:A3000')
      .map((r) => String(r[0] ?? ''))
      .join('\n');
    expect(text).toContain('Sample and coverage');
    expect(text).not.toContain('Moderation agreement');
  }, 60_000);

  it('reads the Moderation and Resolutions tables within the round trips the refresh already makes', async () => {
    const plain = await planningWith();
    await plain.planning.drawSample({ kind: 'total', size: 10 }, 'm', 'Lead', { auditors: ['Asha', 'Ben'] });
    await fillCases(plain.workbook, 10);
    const moderated = await moderatedAndResolved();
    for (const f of [plain, moderated]) await f.audit.refreshFindings();
    const before = await counted(plain.workbook, () => plain.audit.refreshFindings());
    const after = await counted(moderated.workbook, () => moderated.audit.refreshFindings());
    expect(moderated.workbook.getValues('Findings', 'A1:A3000').flat()).toContain('Moderation agreement');
    expect(after.syncs).toBe(before.syncs);
  }, 60_000);
});
