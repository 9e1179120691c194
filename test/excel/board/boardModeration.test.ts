/** @jest-environment jsdom */
import { buildBoardCopy } from '../../../src/excel/board/prepareBoardCopy';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { readXlsx } from '../../xlsx/readXlsx';
import { AUDIT_DAY } from '../auditFixture';
import { auditCells, moderatedAudit } from '../findings/moderationFixture';
import { xlsxTexts } from './xlsxTexts';

const auditors = ['Asha Quentin', 'Benedict Ortega'];
const moderator = 'Morwenna Ravel';
const resolution = 'Agreed with Benedict after reading the strategy minutes';
const label = (name: string) => loadTemplate().questionSet.questions.find((q) => q.name === name)!.label;

describe('the board copy reports moderation agreement without names or cases', () => {
  it('gives agreement per question, a small number of disagreements suppressed, and nothing per auditor', async () => {
    const fixture = await moderatedAudit(1, { auditors, moderator });
    const [first] = fixture.moderated as [string];
    const was = auditCells(fixture.workbook, first).get('case_type');
    for (const caseId of fixture.moderated)
      await fixture.planning.saveModerationAnswer({
        caseId,
        ...(caseId === first
          ? { question: 'case_type', answer: was === 'Re-referral' ? 'contact' : 're_referral' }
          : {}),
        moderator,
        status: 'Complete',
      });
    const report = await fixture.planning.moderationReport();
    await fixture.planning.resolveDisagreement(report.disagreements[0]!, resolution, 'Lead Person');
    const bytes = (await buildBoardCopy(fixture.workbook.host(), { now: () => AUDIT_DAY })).bytes;
    const cells = readXlsx(bytes).cells('Findings');
    const rows = new Map<string, unknown[]>();
    let top = Infinity;
    for (const [address, { value }] of cells) {
      const row = Number(/\d+/.exec(address)![0]);
      if (value === 'Moderation agreement') top = row;
    }
    for (const [address, { value }] of cells) {
      const row = Number(/\d+/.exec(address)![0]);
      if (address === `A${row}` && row > top)
        rows.set(
          String(value),
          ['B', 'C', 'D', 'E'].map((c) => cells.get(`${c}${row}`)?.value),
        );
    }
    expect(top).toBeLessThan(Infinity);
    // One disagreement in ten: the agreed count would give it away, so it is hidden, and % and kappa with it.
    const caseType = rows.get(label('case_type'))!;
    expect(caseType.slice(0, 2)).toEqual([10, 'c']);
    expect([caseType[2] ?? null, caseType[3] || null]).toEqual([null, null]);
    expect(rows.get(label('source'))?.slice(0, 3)).toEqual([10, 10, 1]);
    expect(rows.has('Auditor')).toBe(false);
    const texts = xlsxTexts(bytes).join('\n');
    for (const secret of [
      ...auditors,
      moderator,
      resolution,
      'Lead Person',
      ...fixture.moderated,
      'Moderation!',
    ])
      expect(texts).not.toContain(secret);
  }, 60_000);
});
