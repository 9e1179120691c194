import { lazyPlanning } from '../../../src/excel/planning/lazyPlanning';
import { planningPanelProps } from '../../../src/ui/app/planningPanelProps';
import { AUDIT_DAY } from '../../excel/auditFixture';
import { auditRows, planningWith } from '../../excel/planning/planningFixture';

/** Three cases Asha completed, and the Planning panel's props wired to the workbook for the lead, Lee Lead. */
async function wired() {
  const fixture = await planningWith();
  await fixture.planning.drawSample({ kind: 'total', size: 3 }, 's', 'Lee Lead', { auditors: ['Asha'] });
  for (const { id } of auditRows(fixture)) {
    await fixture.audit.saveAnswer({
      caseId: id,
      question: 'case_type',
      answer: 'contact',
      previous: null,
      baseVersion: 0,
      auditor: 'Asha',
    });
    await fixture.audit.setStatus(id, 'Complete', 'Asha', 1);
  }
  const port = lazyPlanning(fixture.workbook.host(), { now: () => AUDIT_DAY });
  return { fixture, props: planningPanelProps(port, 'Lee Lead', [], () => {}) };
}

describe('the Planning panel’s moderation draw, wired to the workbook', () => {
  it('records the lead as who drew it, and leaves the Moderator blank when none is named', async () => {
    const { fixture, props } = await wired();
    const drawn = await props.onDrawModeration(1, 'all', '');
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(fixture.workbook.getValues('Moderation', 'A2:C4')).toEqual(
      drawn.caseIds.map((id) => [id, '', 'Not started']),
    );
    expect(fixture.workbook.getValues('Samples', 'C3:C3')[0]![0]).toBe('Lee Lead');
    expect(drawn.warnings).toEqual([]);
  });

  it('writes the moderator named, and passes on a warning for cases they audited first', async () => {
    const { fixture, props } = await wired();
    const drawn = await props.onDrawModeration(1, 'all', 'Asha');
    if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
    expect(fixture.workbook.getValues('Moderation', 'A2:B4')).toEqual(
      drawn.caseIds.map((id) => [id, 'Asha']),
    );
    expect(fixture.workbook.getValues('Samples', 'C3:C3')[0]![0]).toBe('Lee Lead');
    expect(drawn.warnings?.map((w) => w.cell)).toEqual(['B2', 'B3', 'B4']);
  });
});
