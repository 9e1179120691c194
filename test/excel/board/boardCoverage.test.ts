/** @jest-environment jsdom */
import { buildBoardCopy } from '../../../src/excel/board/prepareBoardCopy';
import { readXlsx } from '../../xlsx/readXlsx';
import { AUDIT_DAY } from '../auditFixture';
import { fillCases } from '../findings/findingsFixture';
import { auditRows, planningWith } from '../planning/planningFixture';
import { xlsxTexts } from './xlsxTexts';

const auditors = ['Asha Quentin', 'Benedict Ortega'];
const reason = 'Records held by Northshire family court';

describe('the board copy reports coverage without names', () => {
  it('keeps the sampled, in-Audit and not-audited counts, suppressed, and leaves out progress and reasons', async () => {
    const fixture = await planningWith();
    const draw = await fixture.planning.drawSample({ kind: 'total', size: 20 }, 'board', 'Lead', {
      auditors,
    });
    if (draw.kind !== 'drawn') throw new Error(JSON.stringify(draw.problems));
    await fillCases(fixture.workbook, 20, { status: (i) => (i < 18 ? 'Complete' : 'Not started') });
    await fixture.planning.markNotAudited(auditRows(fixture)[19]!.id, reason, 'Lead');
    const bytes = (await buildBoardCopy(fixture.workbook.host(), { now: () => AUDIT_DAY })).bytes;
    const cells = readXlsx(bytes).cells('Findings');
    const byLabel = new Map<string, unknown>();
    for (const [address, { value }] of cells) {
      const row = /\d+/.exec(address)![0];
      if (address === `A${row}`) byLabel.set(String(value), cells.get(`B${row}`)?.value);
    }
    expect(byLabel.get('Sample and coverage')).toBeUndefined();
    expect(byLabel.has('Sample and coverage')).toBe(true);
    expect(byLabel.get('Sampled (Samples sheet)')).toBe(20);
    expect(byLabel.get('In the Audit sheet')).toBe(20);
    expect(byLabel.get('Not audited (Not audited sheet)')).toBe('c');
    expect(byLabel.get('Counted in these findings')).toBe(18);
    const texts = xlsxTexts(bytes).join('\n');
    for (const secret of [...auditors, reason, 'Progress', 'All auditors', 'at random'])
      expect(texts).not.toContain(secret);
  }, 30_000);
});
