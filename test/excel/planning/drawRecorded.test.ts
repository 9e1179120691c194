import { AuditWorkbookError } from '../../../src/excel/AuditWorkbookError';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { AUDIT_DAY } from '../auditFixture';
import { planningWith, type PlanningFixture } from './planningFixture';

// A draw whose check, in its write trip, finds something wrong has still been written and recorded: its
// error carries the sample's number (recordedAs), so the pane says the draw stands rather than "not drawn".

/** Our planning session, with `coAuthor` acting just before our third round trip (the draw's write). */
function racedBy(fixture: PlanningFixture, coAuthor: () => unknown): AuditPlanning {
  let ours = 0;
  const host = fixture.workbook.host({
    beforeSync: () => {
      ours++;
      return ours === 3 ? (coAuthor() as void) : undefined;
    },
  });
  return new AuditPlanning(host, { now: () => AUDIT_DAY });
}

const everyCase = { kind: 'total', size: 100 } as const;

describe('a draw that stands although its check failed', () => {
  it('a case a co-author added meanwhile: the error says which sample it was recorded as', async () => {
    const fixture = await planningWith();
    const error: unknown = await racedBy(fixture, () =>
      fixture.coAuthor.addCases([{ caseId: 'K-050', auditor: 'Kim' }]),
    )
      .drawSample(everyCase, 'audit-2023', 'Lead')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWorkbookError);
    expect((error as { recordedAs?: unknown }).recordedAs).toBe(1);
  });

  it('allocating, with rows moved before the Auditor cells were written: the draw stands as sample 2', async () => {
    const fixture = await planningWith();
    await fixture.planning.drawSample({ kind: 'total', size: 4 }, 'first', 'Lead');
    // A blank row goes in above the four drawn cases, so the Auditor cells we write are one row off.
    const error: unknown = await racedBy(fixture, () => fixture.workbook.insertRows('Audit', '3:3'))
      .drawSample(everyCase, 'second', 'Lead', { auditors: ['Ann', 'Bob'] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWorkbookError);
    const { message } = error as Error;
    expect(message).toMatch(/^Rows of the Audit sheet moved while the Auditor column was written/);
    expect(message).toContain('The draw itself stands: it is recorded as sample 2 in the Samples table.');
    expect((error as { recordedAs?: unknown }).recordedAs).toBe(2);
  });

  it('a draw whose check is clean throws nothing and is numbered as before', async () => {
    const fixture = await planningWith();
    const drawn = await racedBy(fixture, () => undefined).drawSample(everyCase, 'audit-2023', 'Lead');
    expect(drawn).toMatchObject({ kind: 'drawn', sample: 1 });
  });
});
